package uk.ks1.reporting.figures;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.ks1.core.collection.PublishedFigures;
import uk.ks1.core.collection.ReportedStats;

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

  /**
   * One measure's cells. In the API the met and higher cells are named by the collection's {@link
   * ReportedStats} ({@code <metField>}, {@code <metField>Pct}, {@code <metField>PctRounded}, and
   * the same for the higher field); a null cell (a school's count in the published view) is left
   * out. {@code published}: the DfE's last published figure for this level and measure ({@link
   * DfeFigure}), or {@code x} when the DfE published none; null (left out) for a school and for a
   * collection without published figures.
   */
  public record MeasureFigures(
      ReportedStats stats,
      String measure,
      String label,
      boolean dfeMeasure,
      String note,
      Object eligible,
      Object met,
      Object metPct,
      Object metPctRounded,
      Object higher,
      Object higherPct,
      Object higherPctRounded,
      Object published) {

    @JsonValue
    Map<String, Object> json() {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("measure", measure);
      out.put("label", label);
      out.put("dfeMeasure", dfeMeasure);
      put(out, "note", note);
      put(out, "eligible", eligible);
      put(out, stats.metField(), met);
      put(out, stats.metField() + "Pct", metPct);
      put(out, stats.metField() + "PctRounded", metPctRounded);
      put(out, stats.higherField(), higher);
      put(out, stats.higherField() + "Pct", higherPct);
      put(out, stats.higherField() + "PctRounded", higherPctRounded);
      put(out, "published", published);
      return out;
    }
  }

  /**
   * The DfE's published % who met the standard for a level and measure: the latest year published
   * for the figures' year or before, and every published year up to it (oldest first) as its trend.
   * Published already, so never suppressed.
   */
  public record DfeFigure(int year, double percent, List<PublishedFigures.Point> trend) {
    public DfeFigure {
      trend = List.copyOf(trend);
    }
  }

  /** The gaps to one level above, in percentage points (this minus that). */
  public record Gaps(String against, String key, String name, List<Gap> measures) {}

  /**
   * One measure's gaps: unrounded, and rounded half up; named in the API like {@link
   * MeasureFigures}' cells ({@code <metField>}, {@code <metField>Rounded}, ...).
   */
  public record Gap(
      ReportedStats stats,
      String measure,
      Object met,
      Object metRounded,
      Object higher,
      Object higherRounded) {

    @JsonValue
    Map<String, Object> json() {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("measure", measure);
      out.put(stats.metField(), met);
      out.put(stats.metField() + "Rounded", metRounded);
      out.put(stats.higherField(), higher);
      out.put(stats.higherField() + "Rounded", higherRounded);
      return out;
    }
  }

  private static void put(Map<String, Object> out, String name, Object value) {
    if (value != null) {
      out.put(name, value);
    }
  }

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

  /** The figures of the measure with this key. */
  public MeasureFigures measure(String key) {
    return measures.stream().filter(f -> f.measure().equals(key)).findFirst().orElseThrow();
  }
}
