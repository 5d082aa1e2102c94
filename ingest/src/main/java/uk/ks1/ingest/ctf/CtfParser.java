package uk.ks1.ingest.ctf;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import uk.ks1.core.codes.Field;
import uk.ks1.core.collection.CollectionDefinition;
import uk.ks1.core.collection.CollectionRegistry;
import uk.ks1.core.collection.IntakeWording;
import uk.ks1.core.event.Effect;
import uk.ks1.core.event.FileFacts;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.event.Severity;
import uk.ks1.core.event.ValidationIssue;
import uk.ks1.core.identity.Laestab;
import uk.ks1.core.rule.FileRules;
import uk.ks1.core.rule.MessageTemplate;
import uk.ks1.core.rule.ParserQueries;
import uk.ks1.ingest.file.FileParser;
import uk.ks1.ingest.file.FileRejectedException;
import uk.ks1.ingest.file.SchoolReturn;

/**
 * A Common Transfer File to one school's return of each registered collection whose results it
 * holds (the records decide: a school's export with Year 2 KS1 TA and Year 1 phonics gives a return
 * of each, in registration order). Each takes its collection's results of the year most of them
 * give (the year each {@code StageAssessment} states), maps (Subject, Component) to an item through
 * the collection's {@link uk.ks1.core.collection.CtfRows}, and counts everything else it skips, in
 * the collection's words. A collection whose results are all of other years gives no return when
 * another gives one; when none gives one, the file is refused in the words of the collection with
 * most rows (the first registered of equals).
 */
public final class CtfParser implements FileParser {
  /** Rule id of the query raised for a result whose (Subject, Component) is unknown. */
  public static final String UNKNOWN_COMPONENT = ParserQueries.UNKNOWN_COMPONENT.id();

  public static final String OTHER_YEAR = ParserQueries.OTHER_YEAR.id();

  public static final String SUBJECT_MISMATCH = ParserQueries.SUBJECT_MISMATCH.id();

  private final List<CtfCollection> collections;

  public CtfParser(CollectionRegistry registry) {
    List<CtfCollection> all = new ArrayList<>();
    for (CollectionDefinition d : registry.all()) {
      all.add(new CtfCollection(d));
    }
    this.collections = List.copyOf(all);
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
    Map<CtfCollection, Integer> results = resultRows(ctf);
    if (results.isEmpty()) {
      IntakeWording either =
          IntakeWording.either(collections.stream().map(CtfCollection::wording).toList());
      return List.of(returnOf(collections.get(0), ctf, laestab, defaultYear, either));
    }
    CtfCollection most =
        collections.stream()
            .filter(results::containsKey)
            .max(Comparator.comparingInt(results::get).thenComparing(c -> -collections.indexOf(c)))
            .orElseThrow();
    List<SchoolReturn> returns = new ArrayList<>();
    FileRejectedException refusal = null;
    for (CtfCollection c : collections) {
      if (!results.containsKey(c)) {
        continue;
      }
      try {
        returns.add(returnOf(c, ctf, laestab, defaultYear, c.wording()));
      } catch (FileRejectedException e) {
        if (c == most) {
          refusal = e;
        }
      }
    }
    if (returns.isEmpty()) {
      throw refusal;
    }
    return returns;
  }

  /**
   * The school's return of {@code collection}: its results of the year most of them give, the rest
   * counted as skipped; {@code wording} names what the file lacks if no pupil has any.
   */
  private SchoolReturn returnOf(
      CtfCollection collection,
      CtfDocument ctf,
      Laestab laestab,
      int defaultYear,
      IntakeWording wording)
      throws FileRejectedException {
    IntakeWording words = collection.wording();
    int year = returnYear(collection, ctf).orElse(defaultYear);
    Map<String, Integer> skipped = new TreeMap<>();
    List<ValidationIssue> issues = new ArrayList<>();
    List<PupilRecord> pupils = new ArrayList<>();
    for (CtfPupil p : ctf.pupils()) {
      Map<String, String> items = new HashMap<>();
      boolean any = false;
      List<String> otherYears = new ArrayList<>();
      for (CtfAssessment a : p.assessments()) {
        if (!collection.hasStage(a)) {
          skipped.merge(words.otherStages(), 1, Integer::sum);
        } else if (owner(a) != collection) {
          skipped.merge(words.otherResults(), 1, Integer::sum);
        } else if (!String.valueOf(year).equals(a.year())) {
          skipped.merge(words.otherYears(), 1, Integer::sum);
          otherYears.add(a.year());
        } else {
          any = true;
          String item = collection.item(a);
          if (item != null) {
            items.put(item, a.result());
            String expected = collection.expectedSubject(a);
            if (expected != null) {
              issues.add(subjectMismatch(p.position(), a, expected, collection));
            }
          } else {
            issues.add(unknownComponent(p.position(), a, collection));
          }
        }
      }
      if (any && !otherYears.isEmpty()) {
        issues.add(otherYear(p.position(), year, otherYears, words));
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
                items));
      } else {
        skipped.merge(words.noResults(), 1, Integer::sum);
      }
    }
    if (pupils.isEmpty()) {
      throw new FileRejectedException(noRecords(ctf, skipped, wording));
    }
    return new SchoolReturn(
        collection.id(), laestab, ctf.schoolName(), year, pupils, issues, skipped);
  }

  /**
   * The collection whose result the row is: of those claiming it (its stage, method and subject),
   * the first that knows its (Subject, Component), else the first; null when none claims it.
   */
  private CtfCollection owner(CtfAssessment a) {
    CtfCollection first = null;
    for (CtfCollection c : collections) {
      if (c.claims(a)) {
        if (collections.size() == 1 || c.item(a) != null) {
          return c;
        }
        if (first == null) {
          first = c;
        }
      }
    }
    return first;
  }

  /** How many result rows of each collection the file has; a collection with none is absent. */
  private Map<CtfCollection, Integer> resultRows(CtfDocument ctf) {
    Map<CtfCollection, Integer> rows = new HashMap<>();
    for (CtfPupil p : ctf.pupils()) {
      for (CtfAssessment a : p.assessments()) {
        CtfCollection c = owner(a);
        if (c != null) {
          rows.merge(c, 1, Integer::sum);
        }
      }
    }
    return rows;
  }

  /**
   * The year of the collection's return: the year most of its results give (the latest of equals).
   * One result dated 2024 by mistake in a 2023 file does not make the whole file a 2024 return;
   * that pupil gets a query (R21) instead.
   */
  private Optional<Integer> returnYear(CtfCollection collection, CtfDocument ctf) {
    // a plain loop: this looks at every result of every pupil, so no regex or stream per result
    Map<String, Integer> results = new HashMap<>();
    String last = null;
    int run = 0;
    for (CtfPupil p : ctf.pupils()) {
      for (CtfAssessment a : p.assessments()) {
        String y = a.year();
        if (y == null || !isYear(y) || owner(a) != collection) {
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

  private static ValidationIssue otherYear(
      int row, int year, List<String> years, IntakeWording words) {
    String dated = String.join(", ", new java.util.TreeSet<>(years));
    return new ValidationIssue(
        OTHER_YEAR,
        Severity.QUERY,
        Effect.NONE,
        row,
        Field.RESULTS,
        dated,
        years.size()
            + " "
            + words.result()
            + "(s) of this pupil are dated "
            + dated
            + ", not "
            + year
            + " like most of the file's results, so they were not read for the "
            + year
            + " return. Check the Year of the pupil's results in the MIS.",
        ParserQueries.OTHER_YEAR.allowed());
  }

  private static ValidationIssue unknownComponent(
      int row, CtfAssessment a, CtfCollection collection) {
    String pair = a.subject() + "/" + a.component();
    return new ValidationIssue(
        UNKNOWN_COMPONENT,
        Severity.QUERY,
        Effect.NONE,
        row,
        Field.RESULTS,
        pair,
        "A "
            + collection.wording().result()
            + " has Subject "
            + a.subject()
            + " and Component "
            + a.component()
            + ", which is not a known "
            + collection.wording().measure()
            + ", so it was not counted. Tell the LA which subject it is so the mapping can be"
            + " extended.",
        MessageTemplate.render(
            ParserQueries.UNKNOWN_COMPONENT.allowed(), Map.of("components", collection.known())));
  }

  private static ValidationIssue subjectMismatch(
      int row, CtfAssessment a, String expected, CtfCollection collection) {
    return new ValidationIssue(
        SUBJECT_MISMATCH,
        Severity.QUERY,
        Effect.NONE,
        row,
        Field.RESULTS,
        a.subject() + "/" + a.component(),
        "A "
            + collection.wording().result()
            + " has Component "
            + a.component()
            + " under Subject "
            + a.subject()
            + ", but "
            + a.component()
            + " belongs to "
            + expected
            + ". It was read as "
            + a.component()
            + "; check the MIS's mapping of this result.",
        MessageTemplate.render(
            ParserQueries.SUBJECT_MISMATCH.allowed(), Map.of("components", collection.known())));
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

  private static ValidationIssue noRecords(
      CtfDocument ctf, Map<String, Integer> skipped, IntakeWording wording) {
    int n = ctf.pupils().size();
    return skipped.isEmpty()
        ? FileRules.issue(
            FileRules.NO_PUPILS, wording, null, Field.FILE, String.valueOf(n), Map.of("pupils", n))
        : FileRules.issue(
            FileRules.NO_RESULTS,
            wording,
            null,
            Field.FILE,
            String.valueOf(n),
            Map.of("pupils", n, "skipped", counts(skipped)));
  }

  /** "2 assessments of other stages, 1 pupils without ..." for a school business manager. */
  private static String counts(Map<String, Integer> skipped) {
    StringBuilder out = new StringBuilder();
    skipped.forEach(
        (what, n) -> out.append(out.length() == 0 ? "" : ", ").append(n).append(' ').append(what));
    return out.toString();
  }
}
