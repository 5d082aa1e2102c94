package uk.ks1.ingest.ctf;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import uk.ks1.collections.ks1ta.Subject;
import uk.ks1.core.codes.Field;
import uk.ks1.core.event.Effect;
import uk.ks1.core.event.FileFacts;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.event.Severity;
import uk.ks1.core.event.ValidationIssue;
import uk.ks1.core.identity.Laestab;
import uk.ks1.core.rule.FileRules;
import uk.ks1.ingest.file.FileParser;
import uk.ks1.ingest.file.FileRejectedException;
import uk.ks1.ingest.file.SchoolReturn;

/**
 * A Common Transfer File to one school's KS1 TA return. Takes the KS1 teacher assessments of the
 * latest year in the file (the year each {@code StageAssessment} states), maps (Subject, Component)
 * to a measure through {@link ComponentMapping}, and counts everything it skips.
 */
public final class CtfParser implements FileParser {
  /** Rule id of the query raised for a KS1 TA result whose (Subject, Component) is unknown. */
  public static final String UNKNOWN_COMPONENT = "R20";

  public static final String OTHER_YEAR = "R21";

  public static final String OTHER_STAGES = "assessments of other stages";
  public static final String OTHER_YEARS = "KS1 assessments of other years";
  public static final String NOT_TA = "KS1 results other than teacher assessment";
  public static final String NO_RESULTS = "pupils without KS1 TA results for the year";

  private final ComponentMapping mapping;

  public CtfParser(ComponentMapping mapping) {
    this.mapping = mapping;
  }

  @Override
  public List<SchoolReturn> parse(InputStream content, FileFacts facts, int defaultYear)
      throws FileRejectedException {
    byte[] bytes;
    try {
      bytes = content.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Optional<Integer> badByte = XmlEncoding.firstInvalidUtf8(bytes);
    if (badByte.isPresent()) {
      throw new FileRejectedException(notUtf8(badByte.get()));
    }
    CtfDocument ctf = new CtfReader().read(new java.io.ByteArrayInputStream(bytes));
    Laestab laestab =
        Laestab.of(ctf.lea(), ctf.estab())
            .orElseThrow(() -> new FileRejectedException(badLaestab(ctf)));
    int year = returnYear(ctf).orElse(defaultYear);

    Map<String, Integer> skipped = new TreeMap<>();
    List<ValidationIssue> issues = new ArrayList<>();
    List<PupilRecord> pupils = new ArrayList<>();
    for (CtfPupil p : ctf.pupils()) {
      Map<String, String> results = new HashMap<>();
      boolean any = false;
      List<String> otherYears = new ArrayList<>();
      for (CtfAssessment a : p.assessments()) {
        if (!"KS1".equalsIgnoreCase(a.stage())) {
          skipped.merge(OTHER_STAGES, 1, Integer::sum);
        } else if (!"TA".equalsIgnoreCase(a.method())) {
          skipped.merge(NOT_TA, 1, Integer::sum);
        } else if (!String.valueOf(year).equals(a.year())) {
          skipped.merge(OTHER_YEARS, 1, Integer::sum);
          otherYears.add(a.year());
        } else {
          any = true;
          Optional<Subject> measure = mapping.measure(a.subject(), a.component());
          if (measure.isPresent()) {
            results.put(measure.get().column(), a.result());
          } else {
            issues.add(unknownComponent(p.position(), a));
          }
        }
      }
      if (any && !otherYears.isEmpty()) {
        issues.add(otherYear(p.position(), year, otherYears));
      }
      if (any) {
        pupils.add(
            new PupilRecord(
                p.position(),
                p.upn(),
                p.formerUpn(),
                p.forename(),
                p.surname(),
                p.dob(),
                p.sex(),
                p.ncYear(),
                results));
      } else {
        skipped.merge(NO_RESULTS, 1, Integer::sum);
      }
    }
    if (pupils.isEmpty()) {
      throw new FileRejectedException(noRecords(ctf, skipped));
    }
    return List.of(new SchoolReturn(laestab, ctf.schoolName(), year, pupils, issues, skipped));
  }

  /**
   * The year of the file's return: the year most of its KS1 teacher-assessment results give (the
   * latest of equals). One result dated 2024 by mistake in a 2023 file does not make the whole file
   * a 2024 return; that pupil gets a query (R21) instead.
   */
  private static Optional<Integer> returnYear(CtfDocument ctf) {
    // a plain loop: this looks at every result of every pupil, so no regex or stream per result
    Map<String, Integer> results = new HashMap<>();
    String last = null;
    int run = 0;
    for (CtfPupil p : ctf.pupils()) {
      for (CtfAssessment a : p.assessments()) {
        String y = a.year();
        if (y == null
            || !"KS1".equalsIgnoreCase(a.stage())
            || !"TA".equalsIgnoreCase(a.method())
            || !isYear(y)) {
          continue;
        }
        if (!y.equals(last)) {
          if (last != null) {
            results.merge(last, run, Integer::sum);
          }
          last = y;
          run = 0;
        }
        run++;
      }
    }
    if (last != null) {
      results.merge(last, run, Integer::sum);
    }
    return results.entrySet().stream()
        .max(
            Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
                .thenComparing(Map.Entry::getKey))
        .map(e -> Integer.parseInt(e.getKey()));
  }

  private static boolean isYear(String y) {
    if (y.length() != 4) {
      return false;
    }
    for (int i = 0; i < 4; i++) {
      if (y.charAt(i) < '0' || y.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static ValidationIssue otherYear(int row, int year, List<String> years) {
    String dated = String.join(", ", new java.util.TreeSet<>(years));
    return new ValidationIssue(
        OTHER_YEAR,
        Severity.QUERY,
        Effect.NONE,
        row,
        Field.RESULTS,
        dated,
        years.size()
            + " KS1 teacher-assessment result(s) of this pupil are dated "
            + dated
            + ", not "
            + year
            + " like most of the file's results, so they were not read for the "
            + year
            + " return. Check the Year of the pupil's results in the MIS.",
        "Results dated the year of the return");
  }

  private static ValidationIssue unknownComponent(int row, CtfAssessment a) {
    String pair = a.subject() + "/" + a.component();
    return new ValidationIssue(
        UNKNOWN_COMPONENT,
        Severity.QUERY,
        Effect.NONE,
        row,
        Field.RESULTS,
        pair,
        "A KS1 teacher-assessment result has Subject "
            + a.subject()
            + " and Component "
            + a.component()
            + ", which is not a known KS1 measure, so it was not counted. Tell the LA which"
            + " subject it is so the mapping can be extended.",
        "ENG/AT2 (reading), ENG/AT3 (writing), MAT/SUB (maths), SCI/SUB (science) or a known"
            + " alias");
  }

  private static ValidationIssue notUtf8(int offset) {
    return FileRules.CTF_NOT_UTF8.issue(
        null, Field.FILE, "byte " + offset, Map.of("offset", offset));
  }

  private static ValidationIssue badLaestab(CtfDocument ctf) {
    String written =
        (ctf.lea() == null ? "?" : ctf.lea()) + (ctf.estab() == null ? "?" : ctf.estab());
    return FileRules.CTF_SCHOOL_MALFORMED.issue(
        null, Field.LAESTAB, written, Map.of("written", written));
  }

  private static ValidationIssue noRecords(CtfDocument ctf, Map<String, Integer> skipped) {
    int n = ctf.pupils().size();
    return skipped.isEmpty()
        ? FileRules.NO_PUPILS.issue(null, Field.FILE, String.valueOf(n), Map.of("pupils", n))
        : FileRules.NO_KS1_RESULTS.issue(
            null, Field.FILE, String.valueOf(n), Map.of("pupils", n, "skipped", counts(skipped)));
  }

  /** "2 assessments of other stages, 1 pupils without ..." for a school business manager. */
  private static String counts(Map<String, Integer> skipped) {
    StringBuilder out = new StringBuilder();
    skipped.forEach(
        (what, n) -> out.append(out.length() == 0 ? "" : ", ").append(n).append(' ').append(what));
    return out.toString();
  }
}
