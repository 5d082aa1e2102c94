package uk.ks1.app.toy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ks1.app.pipeline.Ks1Config;
import uk.ks1.app.pipeline.Pipeline;
import uk.ks1.collections.ks1ta.Ks1Ta;
import uk.ks1.core.collection.CollectionRegistry;
import uk.ks1.testkit.TestUpns;

/**
 * A collection defined in test code only (ReadingCheck), registered beside KS1 TA, runs a CTF and a
 * CSV through the real intake, the embedded broker, validation and the DuckDB store to its own
 * summaries, with no change to main code: its figures to the pupil, its own rule's query, and
 * nothing of it in KS1's figures.
 */
class ReadingCheckIT {
  private static final CollectionRegistry COLLECTIONS =
      CollectionRegistry.of(Ks1Ta.definition(), ReadingCheck.DEFINITION);

  @Test
  void aToyCollectionsCtfAndCsvReachItsSummariesThroughTheRealPipeline(@TempDir Path data)
      throws Exception {
    Ks1Config config = new Ks1Config(data, 2023, null, 100, 50, Ks1Config.DEFAULT_MAX_FILE_BYTES);
    try (Pipeline pipeline = Pipeline.start(config, Clock.systemUTC(), null, COLLECTIONS)) {
      Path inbox = config.inbox().resolve("330");
      Files.createDirectories(inbox);
      // school 3302001 by CTF: marks 35, 28, 31 (two met), fluency WA, WB, WA
      Files.writeString(inbox.resolve("3302001_RC_330LLLL_001.xml"), ctf(), StandardCharsets.UTF_8);
      // school 3302002 by CSV: 40 WA (met), 12 WB, and a fluency code without a mark (C01)
      Files.writeString(inbox.resolve("RC_3302002_23.csv"), csv(), StandardCharsets.UTF_8);

      await()
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(200))
          .until(
              () ->
                  rows(pipeline, "SELECT count(*) FROM submissions WHERE status <> 'processing'")
                      .equals(List.of("2")));

      assertThat(
              rows(
                  pipeline,
                  "SELECT collection, year, schools, pupils, checked, met, round(met_pct, 4)"
                      + " FROM reading_check_national_summary"))
          .containsExactly("READING_CHECK|2023|2|6|5|3|60.0");
      assertThat(
              rows(
                  pipeline,
                  "SELECT laestab, pupils, checked, met FROM reading_check_school_summary"
                      + " ORDER BY laestab"))
          .containsExactly("3302001|3|3|2", "3302002|3|2|1");
      assertThat(
              rows(
                  pipeline,
                  "SELECT s.laestab, s.format, s.status, i.rule_id, i.row_number, i.field, i.value"
                      + " FROM submissions s LEFT JOIN validation_issues i USING (submission_id)"
                      + " ORDER BY s.laestab"))
          .containsExactly(
              "3302001|CTF|successful|null|null|null|null",
              "3302002|CSV|successful|C01|4|Fluency|WA");
      assertThat(
              rows(
                  pipeline,
                  "SELECT collection, word_reading, fluency FROM reading_check_pupil_records"
                      + " ORDER BY laestab, row_number"))
          .containsExactly(
              "READING_CHECK|35|WA",
              "READING_CHECK|28|WB",
              "READING_CHECK|31|WA",
              "READING_CHECK|40|WA",
              "READING_CHECK|12|WB",
              "READING_CHECK|null|WA");
      // KS1 TA's figures hold none of it
      assertThat(rows(pipeline, "SELECT count(*) FROM pupil_records")).containsExactly("0");
      assertThat(rows(pipeline, "SELECT count(*) FROM national_summary")).containsExactly("0");
    }
  }

  @Test
  void oneCtfWithKs1AndTheToysResultsGivesASubmissionOfEachWithItsOwnFigures(@TempDir Path data)
      throws Exception {
    Ks1Config config = new Ks1Config(data, 2023, null, 100, 50, Ks1Config.DEFAULT_MAX_FILE_BYTES);
    try (Pipeline pipeline = Pipeline.start(config, Clock.systemUTC(), null, COLLECTIONS)) {
      Path inbox = config.inbox().resolve("330");
      Files.createDirectories(inbox);
      // three pupils with both collections' results, one with KS1 TA's only
      String both =
          ctf(
              "2003",
              List.of(
                  ks1("EXS", "EXS", "GDS", "EXS") + rc("35", "WA"),
                  ks1("WTS", "EXS", "EXS", "HNM") + rc("20", "WB"),
                  ks1("GDS", "GDS", "GDS", "EXS") + rc("38", "WA"),
                  ks1("EXS", "WTS", "EXS", "EXS")));
      Files.writeString(inbox.resolve("3302003_CTF_330LLLL_001.xml"), both, StandardCharsets.UTF_8);

      await()
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(200))
          .until(
              () ->
                  rows(pipeline, "SELECT count(*) FROM submissions WHERE status <> 'processing'")
                      .equals(List.of("2")));

      assertThat(
              rows(
                  pipeline,
                  "SELECT collection, laestab, status, pupils, file_name FROM submissions"
                      + " ORDER BY collection"))
          .containsExactly(
              "KS1_TA|3302003|successful|4|3302003_CTF_330LLLL_001.xml",
              "READING_CHECK|3302003|successful|3|3302003_CTF_330LLLL_001.xml");
      assertThat(rows(pipeline, "SELECT count(DISTINCT submission_id) FROM submissions"))
          .containsExactly("2");
      assertThat(
              rows(
                  pipeline,
                  "SELECT pupils, reading_eligible, reading_exs_plus, reading_gds, rwm_exs_plus"
                      + " FROM national_summary"))
          .containsExactly("4|4|3|1|2");
      assertThat(rows(pipeline, "SELECT pupils, checked, met FROM reading_check_national_summary"))
          .containsExactly("3|3|2");
      assertThat(rows(pipeline, "SELECT outcome, submissions FROM files"))
          .containsExactly("accepted|2");
    }
  }

  private static String ks1(String reading, String writing, String maths, String science) {
    return "<KeyStage><Stage>KS1</Stage>"
        + ks1Row("ENG", "AT2", reading)
        + ks1Row("ENG", "AT3", writing)
        + ks1Row("MAT", "SUB", maths)
        + ks1Row("SCI", "SUB", science)
        + "</KeyStage>";
  }

  private static String ks1Row(String subject, String component, String result) {
    return "<StageAssessment><Locale>ENG</Locale><Year>2023</Year><Subject>"
        + subject
        + "</Subject><Method>TA</Method><Component>"
        + component
        + "</Component><ResultStatus>R</ResultStatus><Result>"
        + result
        + "</Result></StageAssessment>";
  }

  private static String rc(String mark, String fluency) {
    return "<KeyStage><Stage>RC</Stage>" + row("WR", mark) + row("FL", fluency) + "</KeyStage>";
  }

  private static String ctf() {
    String[][] pupils = {{"35", "WA"}, {"28", "WB"}, {"31", "WA"}};
    List<String> stages = new ArrayList<>();
    for (String[] p : pupils) {
      stages.add(rc(p[0], p[1]));
    }
    return ctf("2001", stages);
  }

  /** A school's CTF: one pupil per entry of {@code stages} (their KeyStage elements). */
  private static String ctf(String estab, List<String> stages) {
    StringBuilder x =
        new StringBuilder(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <CTfile>
              <Header>
                <DocumentName>Common Transfer File</DocumentName>
                <CTFversion>22.0</CTFversion>
                <DateTime>2023-06-20T09:30:00</DateTime>
                <DocumentQualifier>partial</DocumentQualifier>
                <SupplierID>TEST</SupplierID>
                <SourceSchool><LEA>330</LEA><Estab>%s</Estab><SchoolName>Oakfield Primary School</SchoolName><AcademicYear>2022</AcademicYear></SourceSchool>
                <DestSchool><LEA>330</LEA><Estab>LLLL</Estab></DestSchool>
              </Header>
              <CTFpupilData>
            """
                .formatted(estab));
    for (int i = 0; i < stages.size(); i++) {
      x.append("    <Pupil><UPN>")
          .append(TestUpns.unique("330", estab, i + 1))
          .append("</UPN><Surname>Smith</Surname><Forename>Zoë</Forename><DOB>2015-10-1")
          .append(i)
          .append("</DOB><Gender>F</Gender>")
          .append("<BasicDetails><NCyearActual>2</NCyearActual></BasicDetails>")
          .append("<StageAssessments>")
          .append(stages.get(i))
          .append("</StageAssessments></Pupil>\n");
    }
    return x.append("  </CTFpupilData>\n</CTfile>\n").toString();
  }

  private static String row(String component, String result) {
    return "<StageAssessment><Locale>ENG</Locale><Year>2023</Year><Subject>RC</Subject>"
        + "<Method>TT</Method><Component>"
        + component
        + "</Component><ResultStatus>R</ResultStatus><Result>"
        + result
        + "</Result></StageAssessment>";
  }

  private static String csv() {
    List<String> lines = new ArrayList<>();
    lines.add(
        "School DFE,UPN,Forename,Surname,Gender,Date of birth,NC Year,"
            + "Reading check: word reading,Reading check: fluency");
    String[][] pupils = {{"40", "WA"}, {"12", "WB"}, {"", "WA"}};
    for (int i = 0; i < pupils.length; i++) {
      lines.add(
          "3302002,"
              + TestUpns.unique("330", "2002", i + 1)
              + ",Seán,O'Neill,Male,1"
              + i
              + "/03/2016,1,"
              + pupils[i][0]
              + ","
              + pupils[i][1]);
    }
    return String.join("\r\n", lines) + "\r\n";
  }

  private static List<String> rows(Pipeline pipeline, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (DuckDBConnection c = pipeline.store().reader();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          row.append(i > 1 ? "|" : "").append(rs.getString(i));
        }
        out.add(row.toString());
      }
    }
    return out;
  }
}
