package uk.ks1.reporting.errors;

/** How often a rule was raised in a report: issues, schools and pupil rows it touched. */
public record RuleCount(
    String ruleId, String severity, String checks, long issues, long schools, long pupilRows) {}
