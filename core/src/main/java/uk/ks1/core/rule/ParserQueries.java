package uk.ks1.core.rule;

/**
 * Queries a file parser raises while reading a record (ingest writes their messages, with what it
 * found): listed here so the catalogue has every rule. Their texts name the collection by
 * placeholders: {@code {results}} is its {@link uk.ks1.core.collection.IntakeWording#results()},
 * {@code {components}} the first CTF pair of each of its items ({@link
 * uk.ks1.core.collection.CtfRows#known()}).
 */
public final class ParserQueries {
  public static final RuleDefinition UNKNOWN_COMPONENT =
      RuleDefinition.query(
          "R20",
          "CTF result with an unknown (Subject, Component)",
          "{components} or a known alias");

  public static final RuleDefinition OTHER_YEAR =
      RuleDefinition.query(
          "R21",
          "CTF pupil with {results} dated another year than the file's return (the year most of"
              + " its results give)",
          "Results dated the year of the return");

  public static final RuleDefinition SUBJECT_MISMATCH =
      RuleDefinition.query(
          "R22",
          "CTF result whose Subject is not the one its Component belongs to (read by its"
              + " Component)",
          "The Subject of the Component: {components}");

  private ParserQueries() {}
}
