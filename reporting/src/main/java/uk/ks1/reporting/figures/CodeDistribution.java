package uk.ks1.reporting.figures;

/**
 * A level's result codes per subject as published ({@code /api/codes}): which cells are hidden is
 * the published view's decision ({@link PublishedCells}), taken with the figures of every level.
 */
public final class CodeDistribution {
  /** One code's count as published: a number, or {@code c}. */
  public record Published(String subject, String code, Object pupils) {}

  private CodeDistribution() {}
}
