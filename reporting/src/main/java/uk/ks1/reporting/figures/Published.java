package uk.ks1.reporting.figures;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * Figures as they leave the service: every cell a number or a GSS symbol, labelled provisional,
 * with what they cover, and (for a school, LA or region) the gaps to the levels above.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Published(
    String level,
    String key,
    String name,
    String la,
    String region,
    String collection,
    int year,
    String status,
    boolean suppressed,
    Coverage coverage,
    List<MeasureFigures> measures,
    List<Gaps> gaps) {

  public static final String PROVISIONAL = "provisional";

  /**
   * What a figure covers and when it last changed; {@code pupils} is a number, or a cohort band
   * ("6-10") for a school in the published view.
   */
  public record Coverage(long las, long schools, Object pupils, Instant updatedAt) {}

  /** One measure's cells. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record MeasureFigures(
      String measure,
      String label,
      boolean dfeMeasure,
      String note,
      Object eligible,
      Object exsPlus,
      Object exsPlusPct,
      Object exsPlusPctRounded,
      Object gds,
      Object gdsPct,
      Object gdsPctRounded) {}

  /** The gaps to one level above, in percentage points (this minus that). */
  public record Gaps(String against, String key, String name, List<Gap> measures) {}

  /** One measure's gaps: unrounded, and rounded half up. */
  public record Gap(
      String measure, Object exsPlus, Object exsPlusRounded, Object gds, Object gdsRounded) {}

  public Published withGaps(List<Gaps> gaps) {
    return new Published(
        level,
        key,
        name,
        la,
        region,
        collection,
        year,
        status,
        suppressed,
        coverage,
        measures,
        List.copyOf(gaps));
  }

  public MeasureFigures measure(Measure m) {
    return measures.stream().filter(f -> f.measure().equals(m.key())).findFirst().orElseThrow();
  }
}
