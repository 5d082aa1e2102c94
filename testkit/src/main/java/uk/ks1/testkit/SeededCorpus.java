package uk.ks1.testkit;

import java.util.ArrayList;
import java.util.List;
import uk.ks1.collections.ks1ta.Subject;
import uk.ks1.core.codes.Field;
import uk.ks1.core.event.Severity;

/**
 * One school's KS1 2023 return with one seeded case per pupil-level rule, and combinations: each
 * row says which issues it must raise (rule id, severity, field) and whether the record counts. The
 * same corpus drives the validator's unit test and the pipeline IT, so the rules, the CTF and the
 * store are all held to it.
 */
public final class SeededCorpus {
  /** An issue a row must raise. */
  public record Expected(String ruleId, Severity severity, Field field) {
    static Expected error(String id, Field field) {
      return new Expected(id, Severity.ERROR, field);
    }

    static Expected query(String id, Field field) {
      return new Expected(id, Severity.QUERY, field);
    }
  }

  /** A row of the file: what it seeds, the pupil, whether the record counts, its issues. */
  public record Row(String seeds, TestPupil pupil, boolean counts, List<Expected> issues) {}

  public static final int YEAR = 2023;

  private final List<Row> rows = new ArrayList<>();
  private final String la;
  private final String estab;
  private int serial;

  private SeededCorpus(String laestab) {
    this.la = laestab.substring(0, 3);
    this.estab = laestab.substring(3);
  }

  /** The corpus for school {@code laestab}, rows in file order (row n is element n-1). */
  public static List<Row> forSchool(String laestab) {
    SeededCorpus c = new SeededCorpus(laestab);
    c.add("nothing wrong", c.pupil("EXS", "EXS", "GDS", "EXS"), true);
    c.add("1500", c.pupil("EXS", "EXS", "EXS", "EXS").withUpn(""), false, err("1500", Field.UPN));
    c.add(
        "1510",
        c.pupil("EXS", "EXS", "EXS", "EXS").withUpn(TestUpns.withWrongCheckLetter(c.upn())),
        false,
        err("1510", Field.UPN));
    String shared = c.upn();
    c.add(
        "1520 (first)",
        c.pupil("WTS", "WTS", "WTS", "HNM").withUpn(shared),
        false,
        err("1520", Field.UPN));
    c.add(
        "1520 (second)",
        c.pupil("EXS", "EXS", "EXS", "EXS").withUpn(shared),
        false,
        err("1520", Field.UPN));
    c.add(
        "1530",
        c.pupil("EXS", "EXS", "EXS", "EXS").withUpn(TestUpns.valid("900", "4000", 1, 1)),
        false,
        err("1530", Field.UPN));
    c.add(
        "1540",
        c.pupil("EXS", "EXS", "EXS", "EXS").withUpn(TestUpns.withCharacter(c.upn(), 8, 'O')),
        false,
        err("1540", Field.UPN));
    c.add(
        "1550",
        c.pupil("EXS", "EXS", "EXS", "EXS").withUpn(TestUpns.withCharacter(c.upn(), 13, 'I')),
        false,
        err("1550", Field.UPN));
    c.add(
        "U01",
        c.pupil("EXS", "EXS", "EXS", "EXS").withUpn(c.upn().substring(0, 12)),
        false,
        err("U01", Field.UPN));
    c.add(
        "U02",
        c.pupil("GDS", "GDS", "GDS", "EXS").withUpn(TestUpns.temporary(c.la, c.estab, 1)),
        true,
        query("U02", Field.UPN));
    c.add(
        "1510 on the former UPN",
        c.pupil("EXS", "EXS", "EXS", "EXS").withFormerUpn(TestUpns.withWrongCheckLetter(c.upn())),
        false,
        err("1510", Field.FORMER_UPN));
    c.add(
        "P01",
        c.pupil("EXS", "EXS", "EXS", "EXS").withNames(null, "Tester"),
        false,
        err("P01", Field.FORENAME));
    c.add(
        "P02",
        c.pupil("EXS", "EXS", "EXS", "EXS").withNames("Pupil", " "),
        false,
        err("P02", Field.SURNAME));
    c.add(
        "P03",
        c.pupil("EXS", "EXS", "EXS", "EXS").withDob("2016-02-30"),
        false,
        err("P03", Field.DATE_OF_BIRTH));
    c.add(
        "P04",
        c.pupil("EXS", "EXS", "EXS", "EXS").withDob("2023-09-01"),
        false,
        err("P04", Field.DATE_OF_BIRTH));
    c.add("P05", c.pupil("EXS", "EXS", "EXS", "EXS").withSex("U"), false, err("P05", Field.SEX));
    c.add(
        "P10",
        c.pupil("WTS", "EXS", "EXS", "EXS").withDob("2014-05-01"),
        true,
        query("P10", Field.DATE_OF_BIRTH));
    c.add(
        "P11",
        c.pupil("EXS", "WTS", "EXS", "EXS").withNcYear("3"),
        true,
        query("P11", Field.NC_YEAR));
    c.add("R01", c.pupil("HNM", "EXS", "GDS", "EXS"), true, err("R01", Subject.READING.field()));
    c.add("R02", c.pupil("EXS", null, "EXS", "EXS"), true, err("R02", Subject.WRITING.field()));
    c.add("R10", c.pupil("EM", "EXS", "PK4", "HNM"), true, query("R10", Field.RESULTS));
    c.add("R11", c.pupil("A", "A", "A", "A"), true, query("R11", Field.RESULTS));
    c.add("R12", c.pupil("PK2", "PK3", "EM", "EXS"), true, query("R12", Field.RESULTS));
    c.add(
        "R01 twice with R10 and P11",
        c.pupil("D", "EM", "GDS", "PK2").withNcYear("1"),
        true,
        query("P11", Field.NC_YEAR),
        err("R01", Subject.READING.field()),
        err("R01", Subject.SCIENCE.field()),
        query("R10", Field.RESULTS));
    c.add(
        "1510 with R01: the record error wins, both are listed",
        c.pupil("HNM", "EXS", "EXS", "EXS").withUpn(TestUpns.withWrongCheckLetter(c.upn())),
        false,
        err("1510", Field.UPN),
        err("R01", Subject.READING.field()));
    c.add(
        "U02 with P10 and R11: queries only, the record counts",
        c.pupil("A", "A", "A", "A")
            .withUpn(TestUpns.temporary(c.la, c.estab, 2))
            .withDob("2016-09-01"),
        true,
        query("U02", Field.UPN),
        query("P10", Field.DATE_OF_BIRTH),
        query("R11", Field.RESULTS));
    c.add(
        "P05 with R02: both listed, the record does not count",
        c.pupil("EXS", "EXS", "EXS", null).withSex(null),
        false,
        err("P05", Field.SEX),
        err("R02", Subject.SCIENCE.field()));
    return List.copyOf(c.rows);
  }

  /** The pupils whose records count, for {@link ExpectedFigures}. */
  public static List<TestPupil> counting(List<Row> rows) {
    return rows.stream().filter(Row::counts).map(Row::pupil).toList();
  }

  private String upn() {
    return TestUpns.unique(la, estab, ++serial);
  }

  private TestPupil pupil(String r, String w, String m, String s) {
    return TestPupil.of(upn(), r, w, m, s);
  }

  private void add(String seeds, TestPupil pupil, boolean counts, Expected... issues) {
    rows.add(new Row(seeds, pupil, counts, List.of(issues)));
  }

  private static Expected err(String id, Field field) {
    return Expected.error(id, field);
  }

  private static Expected query(String id, Field field) {
    return Expected.query(id, field);
  }
}
