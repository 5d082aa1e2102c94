package uk.ks1.app.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.ks1.app.CommandRun.ks1;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import uk.ks1.app.CommandRun;
import uk.ks1.app.pipeline.Registered;
import uk.ks1.reporting.reports.PupilList;
import uk.ks1.testkit.BytesOnDisk;
import uk.ks1.testkit.CtfBuilder;
import uk.ks1.testkit.SqlRows;
import uk.ks1.testkit.TestPupil;
import uk.ks1.testkit.TestUpns;

/**
 * {@code ./ks1 retire} on a real data folder: Birmingham's 2023 identities leave every file under
 * the data folder (store, snapshot, Parquet, done/, failed/, reports, Kafka), the City of London's
 * stay readable; every figure is the same before, after, and again after a rebuild from the topics;
 * a second retire completes with nothing left to do.
 */
@Timeout(300)
class RetireIT {
  @TempDir Path tmp;

  private static List<TestPupil> pupils(String la, String school, String... surnames) {
    List<TestPupil> out = new ArrayList<>();
    for (int i = 0; i < surnames.length; i++) {
      out.add(
          TestPupil.of(
                  TestUpns.unique(la, school, i + 1), "EXS", i == 0 ? "WTS" : "EXS", "EXS", "GDS")
              .withNames("Forename" + surnames[i], surnames[i])
              .withDob("2016-0" + (i + 2) + (la.equals("330") ? "-1" : "-2") + i));
    }
    return out;
  }

  @Test
  void aRetiredLasIdentitiesLeaveEveryFileAndTheFiguresStay() throws Exception {
    Path collection = tmp.resolve("collection");
    List<TestPupil> birmingham = pupils("330", "2001", "Quaxley", "Thistlewood", "Ravensworth");
    // a UPN with a wrong check letter: its issue carries the UPN as the value found
    String good = TestUpns.unique("330", "2001", 9);
    birmingham.add(
        TestPupil.of(
                (good.charAt(0) == 'A' ? "B" : "A") + good.substring(1), "EXS", "EXS", "EXS", "EXS")
            .withNames("Peregrine", "Oddbottom")
            .withDob("2016-07-04"));
    List<TestPupil> london = pupils("201", "2001", "Fenwhistle", "Marchbanks");
    CtfBuilder.school("3302001")
        .pupils(birmingham)
        .writeTo(Files.createDirectories(collection.resolve("330")));
    CtfBuilder.school("2012001")
        .pupils(london)
        .writeTo(Files.createDirectories(collection.resolve("201")));
    // a file Birmingham's school sent that could not be read: kept in failed/ with its report
    Files.writeString(
        collection.resolve("330").resolve("3302001_KS1_23.csv"), "UPN,Surname\nX,Nobody\n");

    Path data = tmp.resolve("data");
    CommandRun load = ks1("load", "--data", data.toString(), collection.toString());
    assertThat(load.exit()).as(load.out() + load.err()).isZero();
    Path store = data.resolve("ks1.duckdb");
    List<String> figures = figures(store);
    assertThat(figures).isNotEmpty();
    assertThat(files(data.resolve("failed").resolve("330"))).isNotEmpty();

    CommandRun retired = ks1("retire", "--data", data.toString(), "--year", "2023", "--la", "330");
    assertThat(retired.exit()).as(retired.out() + retired.err()).isZero();
    assertThat(retired.out())
        .startsWith(
            "Retired the pupil identities of 2023, every collection, LA 330: 1 data key(s)"
                + " destroyed, 4 pupil identities deleted from the store, 1 issue value(s) cleared,"
                + " 1 original file(s) removed with their reports;");

    List<String> gone = identities(birmingham);
    assertNowhere(data, gone);
    assertThat(figures(store)).isEqualTo(figures);
    assertThat(files(data.resolve("done").resolve("330"))).isEmpty();
    assertThat(files(data.resolve("failed").resolve("330")))
        .extracting(f -> f.getFileName().toString())
        .contains("3302001_KS1_23.csv", "3302001_KS1_23.csv.report.txt");
    assertThat(files(data.resolve("done").resolve("201")))
        .extracting(f -> f.getFileName().toString())
        .contains("2012001_KS1_201LLLL_001.xml", "2012001_KS1_201LLLL_001.xml.report.csv");
    // London's identities are untouched: its pupil list still names its pupils
    assertThat(pupilList(store, "2012001")).contains(london.get(0).upn() + "|Fenwhistle");
    assertThat(pupilList(store, "3302001"))
        .hasSize(4)
        .allMatch(row -> row.startsWith(PupilList.RETIRED + "|null"));
    assertThat(
            SqlRows.readOnly(
                store,
                "SELECT year, collection, la_code, keys_destroyed, identities_deleted,"
                    + " files_removed FROM retirements"))
        .containsExactly("2023|null|330|1|4|1");
    // the LA's data-errors report says the identities were retired, and names none
    Path reports = tmp.resolve("reports");
    CommandRun errors =
        ks1(
            "report",
            "errors",
            "--data",
            data.toString(),
            "--la",
            "330",
            "--out",
            reports.toString());
    assertThat(errors.exit()).as(errors.err()).isZero();
    String report = Files.readString(reports.resolve("data-errors-330.csv"));
    assertThat(report).contains("1510", PupilList.RETIRED);
    for (String v : identities(birmingham)) {
      assertThat(report).doesNotContain(v);
    }
    assertNowhere(data, identities(birmingham));

    // a rebuild from the topics: the same figures, Birmingham's identities beyond use
    CommandRun rebuilt = ks1("rebuild", "--data", data.toString());
    assertThat(rebuilt.exit()).as(rebuilt.out() + rebuilt.err()).isZero();
    assertThat(figures(store)).isEqualTo(figures);
    assertNowhere(data, gone);
    assertThat(pupilList(store, "2012001")).contains(london.get(1).upn() + "|Marchbanks");
    // the retirement log is kept, and the retired school's list still says so
    assertThat(SqlRows.readOnly(store, "SELECT year, la_code, identities_deleted FROM retirements"))
        .containsExactly("2023|330|4");
    assertThat(pupilList(store, "3302001"))
        .hasSize(4)
        .allMatch(row -> row.startsWith(PupilList.RETIRED + "|null"));

    // a second retire finds nothing left, and says so
    CommandRun again = ks1("retire", "--data", data.toString(), "--year", "2023", "--la", "330");
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(again.out()).contains("0 data key(s) destroyed", "0 original file(s) removed");
    assertNowhere(data, gone);

    // the rejected file's summer, the school year it was received in, takes it and its report
    int summer =
        java.time.LocalDate.now(java.time.ZoneOffset.UTC).getYear()
            + (java.time.LocalDate.now(java.time.ZoneOffset.UTC).getMonthValue() >= 9 ? 1 : 0);
    CommandRun rejected =
        ks1("retire", "--data", data.toString(), "--year", String.valueOf(summer), "--la", "330");
    assertThat(rejected.exit()).as(rejected.err()).isZero();
    assertThat(rejected.out()).contains("1 original file(s) removed");
    assertThat(files(data.resolve("failed").resolve("330"))).isEmpty();
    assertThat(figures(store)).isEqualTo(figures);

    // the schedule: kept five years, 2023 is not due yet; kept two (the default), it is
    CommandRun notYet =
        ks1("retire", "--data", data.toString(), "--due", "--retention", "identities=5,files=5");
    assertThat(notYet.exit()).as(notYet.err()).isZero();
    assertThat(notYet.out())
        .isEqualTo(
            "Nothing is due under the schedule (identities kept 5 year(s), files 5, from 31 August"
                + " of the summer).\n");
    CommandRun wrong = ks1("retire", "--data", data.toString(), "--due", "--retention", "files=3");
    assertThat(wrong.exit()).isEqualTo(2);
    assertThat(wrong.err()).contains("cannot be kept longer than identities");
    assertThat(watched(store)).containsExactly(2023);
    CommandRun due = ks1("retire", "--data", data.toString(), "--due");
    assertThat(due.exit()).as(due.err()).isZero();
    assertThat(due.out())
        .startsWith(
            "Retired the pupil identities of 2023, every collection, every LA: 1 data"
                + " key(s) destroyed, 2 pupil identities deleted from the store");
    assertNowhere(data, identities(london));
    assertThat(figures(store)).isEqualTo(figures);
    assertThat(ks1("retire", "--data", data.toString(), "--due").out())
        .startsWith("Nothing is due under the schedule");
    assertThat(watched(store)).isEmpty();
  }

  /** What a running service's daily look at the schedule would say is due, today. */
  private static List<Integer> watched(Path store) throws Exception {
    Properties p = new Properties();
    p.setProperty("duckdb.read_only", "true");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + store, p)) {
      return uk.ks1.app.retire.Retirer.due(
              c,
              uk.ks1.aggregate.retire.RetentionSchedule.DEFAULT,
              java.time.LocalDate.now(java.time.ZoneOffset.UTC))
          .identities();
    }
  }

  private static List<String> identities(List<TestPupil> pupils) {
    List<String> out = new ArrayList<>();
    for (TestPupil p : pupils) {
      out.addAll(List.of(p.upn(), p.forename(), p.surname(), p.dob()));
    }
    return out;
  }

  /** No file under the data folder holds any of these, as bytes. */
  private static void assertNowhere(Path data, List<String> values) throws Exception {
    assertThat(BytesOnDisk.found(data, values)).isEmpty();
  }

  private static List<Path> files(Path dir) throws Exception {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.toList();
    }
  }

  /** Every level's KS1 figures, every column but when they changed. */
  private static List<String> figures(Path store) throws Exception {
    List<String> out = new ArrayList<>();
    for (String view :
        List.of("national_summary", "region_summary", "la_summary", "school_summary")) {
      out.add(view);
      out.addAll(
          SqlRows.readOnly(store, "SELECT * EXCLUDE (updated_at) FROM " + view + " ORDER BY ALL"));
    }
    return out;
  }

  /** UPN|surname of each pupil of a school's pupil list. */
  private static List<String> pupilList(Path store, String laestab) throws Exception {
    Properties p = new Properties();
    p.setProperty("duckdb.read_only", "true");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + store, p)) {
      return PupilList.read(c, Registered.collections().all().get(0), laestab, 2023).stream()
          .map(x -> x.upn() + "|" + x.surname())
          .toList();
    }
  }
}
