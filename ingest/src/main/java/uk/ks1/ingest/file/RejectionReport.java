package uk.ks1.ingest.file;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import uk.ks1.core.event.FileFacts;
import uk.ks1.core.event.ValidationIssue;

/**
 * The plain-text report written beside a rejected file, for the person who must fix it: what the
 * file was, that nothing of it counted, and each reason with the value found and what is allowed.
 */
public final class RejectionReport {
  private RejectionReport() {}

  public static String text(IntakeResult result) {
    FileFacts f = result.facts();
    StringBuilder out = new StringBuilder();
    out.append("File:     ").append(f.fileName()).append('\n');
    out.append("LA:       ").append(f.laFolder().isEmpty() ? "(no LA folder)" : f.laFolder());
    out.append('\n');
    out.append("Received: ").append(f.receivedAt()).append('\n');
    out.append("Size:     ").append(f.sizeBytes()).append(" bytes");
    out.append(f.sha256().isEmpty() ? "" : ", SHA-256 " + f.sha256()).append('\n');
    out.append("Outcome:  upload error. Nothing in this file was counted.\n\n");
    out.append("What to fix:\n");
    int n = 1;
    for (ValidationIssue issue : result.outcome().reasons()) {
      out.append(n++).append(". [").append(issue.ruleId()).append("] ");
      if (issue.row() != null) {
        out.append("Row ").append(issue.row()).append(": ");
      }
      out.append(issue.message()).append('\n');
      if (issue.value() != null && !issue.value().isEmpty()) {
        out.append("   Value found: ").append(issue.value()).append('\n');
      }
      out.append("   Allowed: ").append(issue.allowed()).append('\n');
    }
    out.append("\nSend the corrected file to the same folder; it will be processed again.\n");
    return out.toString();
  }

  /** Writes the report into its folder, which must exist (the intake makes it for the file). */
  public static void write(Path report, IntakeResult result) throws IOException {
    Files.writeString(report, text(result), StandardCharsets.UTF_8);
  }
}
