package uk.ks1.reporting.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A level's result codes per subject as published. Counts of 1 and 2 are suppressed; and where a
 * subject would have only one such count hidden, the smallest other count is hidden too, since the
 * subject's total (its eligible pupils, published beside it) minus the shown counts would give the
 * hidden one back.
 */
public final class CodeDistribution {
  /** One code's count, as stored. */
  public record Count(String subject, String code, long pupils) {}

  /** One code's count as published: a number, or {@code c}. */
  public record Published(String subject, String code, Object pupils) {}

  private CodeDistribution() {}

  public static List<Published> publish(List<Count> counts, boolean suppress) {
    Map<String, List<Count>> bySubject = new LinkedHashMap<>();
    counts.forEach(c -> bySubject.computeIfAbsent(c.subject(), s -> new ArrayList<>()).add(c));
    List<Published> out = new ArrayList<>();
    for (List<Count> subject : bySubject.values()) {
      Count secondary = suppress ? secondary(subject) : null;
      for (Count c : subject) {
        boolean hidden = c == secondary || Cell.count(c.pupils(), suppress) == Cell.SUPPRESSED;
        out.add(new Published(c.subject(), c.code(), hidden ? Cell.SUPPRESSED : c.pupils()));
      }
    }
    return out;
  }

  /** The count to hide beside a subject's single count of 1 or 2, if it has exactly one. */
  private static Count secondary(List<Count> subject) {
    long hidden = subject.stream().filter(c -> c.pupils() == 1 || c.pupils() == 2).count();
    if (hidden != 1) {
      return null;
    }
    Count smallest = null;
    for (Count c : subject) {
      if (c.pupils() > 2 && (smallest == null || c.pupils() < smallest.pupils())) {
        smallest = c;
      }
    }
    return smallest;
  }
}
