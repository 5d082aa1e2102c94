package uk.ks1.core.event;

import uk.ks1.core.codes.Field;

/**
 * One problem found in a file or a pupil record: which rule, how serious, where (row and field),
 * the value found, a plain-English message and what is allowed. {@code row} is null for a
 * file-level issue; for a CTF it is the pupil's position in the file, for a template the
 * spreadsheet row.
 */
public record ValidationIssue(
    String ruleId,
    Severity severity,
    Effect effect,
    Integer row,
    Field field,
    String value,
    String message,
    String allowed) {

  public boolean isError() {
    return severity == Severity.ERROR;
  }
}
