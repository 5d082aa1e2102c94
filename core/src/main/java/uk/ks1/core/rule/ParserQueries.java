package uk.ks1.core.rule;

/**
 * Queries a file parser raises while reading a record (ingest writes their messages, with what it
 * found): listed here so the catalogue has every rule.
 */
public final class ParserQueries {
  public static final RuleDefinition UNKNOWN_COMPONENT =
      RuleDefinition.query(
          "R20",
          "CTF result with an unknown (Subject, Component)",
          "ENG/AT2 (reading), ENG/AT3 (writing), MAT/SUB (maths), SCI/SUB (science) or a known"
              + " alias");

  public static final RuleDefinition OTHER_YEAR =
      RuleDefinition.query(
          "R21",
          "CTF pupil with KS1 teacher-assessment results dated another year than the file's return"
              + " (the year most of its results give)",
          "Results dated the year of the return");

  private ParserQueries() {}
}
