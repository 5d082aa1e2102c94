package uk.ks1.reporting.errors;

/**
 * One line of the data-errors report: the school and submission, the pupil row (with the pupil's
 * UPN and names when the report is the LA's own), and the issue.
 */
public record DataErrorRow(
    String laCode,
    String laestab,
    String schoolName,
    String submissionId,
    String fileName,
    String status,
    Integer row,
    String upn,
    String forename,
    String surname,
    String field,
    String ruleId,
    String severity,
    String effect,
    String value,
    String message,
    String allowed) {}
