package uk.ks1.ingest.file;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.ks1.core.codes.Field;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.event.ValidationIssue;
import uk.ks1.core.identity.Laestab;

/**
 * What a parser found for one school in a file, of one collection (the id of its definition): the
 * school, the assessment year, its pupils as written, what the parser noticed, what it skipped
 * (with counts), and the column headers the file used for each field (so error reports speak the
 * school's words; empty for a CTF).
 */
public record SchoolReturn(
    String collection,
    Laestab laestab,
    String schoolName,
    int year,
    List<PupilRecord> pupils,
    List<ValidationIssue> parseIssues,
    Map<String, Integer> skipped,
    Map<Field, String> columns) {

  public SchoolReturn {
    pupils = List.copyOf(pupils);
    parseIssues = List.copyOf(parseIssues);
    skipped = Map.copyOf(skipped);
    columns =
        columns.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(columns));
  }

  public SchoolReturn(
      String collection,
      Laestab laestab,
      String schoolName,
      int year,
      List<PupilRecord> pupils,
      List<ValidationIssue> parseIssues,
      Map<String, Integer> skipped) {
    this(collection, laestab, schoolName, year, pupils, parseIssues, skipped, Map.of());
  }
}
