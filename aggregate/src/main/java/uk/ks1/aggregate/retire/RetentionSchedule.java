package uk.ks1.aggregate.retire;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How long each kind of data is kept, as an LA's retention schedule has it: rows of what, keep for,
 * from, and why (domain.md, "Personal data: retention and erasure"). Two rows are settings ({@code
 * retention=identities=2,files=2}: whole years); the others are kept, being figures or
 * pseudonymised. "From" is the end of the collection's school year: 31 August of its summer.
 * Retiring identities removes the original files and reports too (they hold the same names), so
 * files are never kept longer than identities.
 */
public record RetentionSchedule(int identitiesYears, int filesYears) {
  /** The defaults: two school years after the summer, for both. */
  public static final RetentionSchedule DEFAULT = new RetentionSchedule(2, 2);

  public RetentionSchedule {
    if (identitiesYears < 0 || filesYears < 0) {
      throw new IllegalArgumentException("Keep-for is a number of whole years, 0 or more");
    }
    if (filesYears > identitiesYears) {
      throw new IllegalArgumentException(
          "Original files hold the pupils' names: they cannot be kept longer than identities"
              + " (files="
              + filesYears
              + ", identities="
              + identitiesYears
              + ")");
    }
  }

  /** One row of the schedule. */
  public record Row(String what, String keepFor, String from, String why) {}

  public List<Row> rows() {
    String end = "31 August of the collection's summer";
    return List.of(
        new Row(
            "original files and per-file reports (done/, failed/)",
            years(filesYears),
            end,
            "the school's own evidence while its return may still be queried or amended"),
        new Row(
            "pupil identities: UPN, former UPN, names, date of birth (store, snapshot of none,"
                + " Kafka log)",
            years(identitiesYears),
            end,
            "to match pupils who moved and answer schools' and DfE's questions on the return"),
        new Row(
            "pupil-level results (pupil_records: pseudonymised, by pupil key)",
            "kept",
            "-",
            "figures are rebuilt from them; without identities they name no child"),
        new Row(
            "figures and submission history (summaries, submissions, issues' rule ids)",
            "kept",
            "-",
            "provisional figures compared year on year; who sent what and when"));
  }

  private static String years(int n) {
    return n + (n == 1 ? " year" : " years");
  }

  /** The day a summer's identities are due to be retired: the schedule's end plus keep-for. */
  public LocalDate identitiesDue(int summer) {
    return LocalDate.of(summer, 8, 31).plusYears(identitiesYears).plusDays(1);
  }

  /** The day a summer's original files and reports are due to be removed. */
  public LocalDate filesDue(int summer) {
    return LocalDate.of(summer, 8, 31).plusYears(filesYears).plusDays(1);
  }

  /**
   * Reads the setting's text ({@code identities=2,files=1}); a missing row keeps its default.
   * Throws {@link IllegalArgumentException} saying what is wrong.
   */
  public static RetentionSchedule parse(String text) {
    Map<String, Integer> rows = new LinkedHashMap<>();
    rows.put("identities", DEFAULT.identitiesYears());
    rows.put("files", DEFAULT.filesYears());
    for (String raw : text.split(",")) {
      String entry = raw.strip();
      if (entry.isEmpty()) {
        continue;
      }
      String[] kv = entry.split("=", 2);
      String what = kv[0].strip().toLowerCase(java.util.Locale.ROOT);
      if (kv.length != 2 || !rows.containsKey(what) || !kv[1].strip().matches("\\d{1,2}")) {
        throw new IllegalArgumentException(
            "'"
                + entry
                + "' is not a row of the schedule: identities=YEARS or files=YEARS, whole years"
                + " from 31 August of the summer (e.g. identities=2,files=1)");
      }
      rows.put(what, Integer.parseInt(kv[1].strip()));
    }
    return new RetentionSchedule(rows.get("identities"), rows.get("files"));
  }
}
