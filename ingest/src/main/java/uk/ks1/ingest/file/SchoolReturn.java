package uk.ks1.ingest.file;

import java.util.List;
import java.util.Map;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.event.ValidationIssue;
import uk.ks1.core.identity.Laestab;

/**
 * What a parser found for one school in a file: the school, the assessment year, its pupils as
 * written, what the parser noticed, and what it skipped (with counts).
 */
public record SchoolReturn(
    Laestab laestab,
    String schoolName,
    int year,
    List<PupilRecord> pupils,
    List<ValidationIssue> parseIssues,
    Map<String, Integer> skipped) {

  public SchoolReturn {
    pupils = List.copyOf(pupils);
    parseIssues = List.copyOf(parseIssues);
    skipped = Map.copyOf(skipped);
  }
}
