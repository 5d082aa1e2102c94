package uk.ks1.core.event;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A value on {@code ks1.files.v1}: what became of a file. Accepted as the listed submissions (one
 * per school), or rejected as an upload error with its reasons. For the accepted file's report,
 * written once its submissions are validated and stored: {@code placedAs}, where the intake put the
 * file (relative to the data folder, {@code done/330/KS1.csv}; null before the intake knows, and in
 * events written before it was recorded), and {@code reportColumns}, the header the file used for
 * each field (by field label), so the report names the columns the school knows.
 */
public record FileProcessed(
    FileFacts file,
    boolean accepted,
    List<String> submissionIds,
    List<String> laestabs,
    List<ValidationIssue> reasons,
    Map<String, Integer> skipped,
    Instant processedAt,
    String placedAs,
    Map<String, String> reportColumns)
    implements Inbound {

  public FileProcessed {
    submissionIds = List.copyOf(submissionIds);
    laestabs = List.copyOf(laestabs);
    reasons = List.copyOf(reasons);
    skipped = Map.copyOf(skipped);
    reportColumns = reportColumns == null ? Map.of() : Map.copyOf(reportColumns);
  }

  public FileProcessed(
      FileFacts file,
      boolean accepted,
      List<String> submissionIds,
      List<String> laestabs,
      List<ValidationIssue> reasons,
      Map<String, Integer> skipped,
      Instant processedAt) {
    this(file, accepted, submissionIds, laestabs, reasons, skipped, processedAt, null, Map.of());
  }

  /** The same outcome with these reasons (their values sealed or opened). */
  public FileProcessed withReasons(List<ValidationIssue> reasons) {
    return new FileProcessed(
        file,
        accepted,
        submissionIds,
        laestabs,
        reasons,
        skipped,
        processedAt,
        placedAs,
        reportColumns);
  }

  /** The same outcome, naming where the intake put the file. */
  public FileProcessed placed(String path) {
    return new FileProcessed(
        file,
        accepted,
        submissionIds,
        laestabs,
        reasons,
        skipped,
        processedAt,
        path,
        reportColumns);
  }

  /** The same outcome with the headers the file used for its fields. */
  public FileProcessed withReportColumns(Map<uk.ks1.core.codes.Field, String> columns) {
    Map<String, String> byLabel = new java.util.TreeMap<>();
    columns.forEach((field, header) -> byLabel.put(field.label(), header));
    return new FileProcessed(
        file, accepted, submissionIds, laestabs, reasons, skipped, processedAt, placedAs, byLabel);
  }
}
