package uk.ks1.app.schools;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.ks1.app.CommandRun.ks1;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import uk.ks1.app.CommandRun;
import uk.ks1.testkit.GiasCsv;
import uk.ks1.testkit.Sheets;
import uk.ks1.testkit.SqlRows;
import uk.ks1.testkit.TestUpns;

/**
 * One LA's phonics collection through the real CLI, one data folder: DfE's list imported (in GIAS's
 * own header and encoding), a school moved through every status (not received, upload error,
 * received with errors, received, confirmed, received again after a new file), a school excused by
 * the LA, a school that sent a file without being on the list; the views, the API and the chase
 * list checked at each step; the list, the correction and the confirmation surviving a rebuild.
 */
@Timeout(300)
class SchoolCompletenessIT {
  /** The school moved through every status. */
  private static final String A = "3302001";

  /** Sends a clean file once: received. */
  private static final String B = "3302002";

  /** On the list, excused by the LA. */
  private static final String C = "3302003";

  /** A junior school (7-11): not expected for phonics. */
  private static final String J = "3302004";

  /** Sends a file, not on the list. */
  private static final String X = "3302099";

  @TempDir Path tmp;

  private Path data;
  private Path store;
  private int drop;

  @Test
  void aSchoolMovesThroughEveryStatusAndTheListSurvivesARebuild() throws Exception {
    data = tmp.resolve("data");
    store = data.resolve("ks1.duckdb");
    // the deadlines, in the data folder's settings so every command reads them: phonics by 26 June,
    // Birmingham's own a week later; both long past
    Files.createDirectories(data);
    Files.writeString(
        data.resolve("ks1.properties"), "deadlines=PHONICS=2025-06-26,PHONICS@330=2025-07-03\n");
    CommandRun imported = ks1("schools", "import", "--data", data.toString(), gias().toString());
    assertThat(imported.exit()).as(imported.err()).isZero();
    assertThat(imported.out())
        .startsWith(
            "Imported 4 school(s) of 1 LA(s) from edubasealldata20250301.csv (extract of"
                + " 2025-03-01;");
    assertThat(
            rows(
                "SELECT laestab, expected, reason FROM expected_schools"
                    + " WHERE collection = 'PHONICS' AND year = 2025 ORDER BY laestab"))
        .containsExactly(
            A + "|true|" + reasonOf(A),
            B + "|true|" + reasonOf(B),
            C + "|true|" + reasonOf(C),
            J + "|false|" + reasonOf(J));
    assertThat(status(A)).isEqualTo("not received");
    assertThat(laCounts()).isEqualTo("3|0|3|0|0|0.0");
    assertThat(
            one(
                "SELECT overdue || '|' || deadline FROM school_completeness WHERE laestab = '"
                    + A
                    + "' AND collection = 'PHONICS' AND year = 2025"))
        .isEqualTo("true|2025-07-03");

    // the LA excuses C
    CommandRun excused =
        ks1(
            "schools",
            "set",
            C,
            "--data",
            data.toString(),
            "--collection",
            "phonics",
            "--year",
            "2025",
            "--expected",
            "no",
            "--reason",
            "closed for rebuilding");
    assertThat(excused.exit()).as(excused.err()).isZero();
    assertThat(
            one(
                "SELECT expected || '|' || reason FROM expected_schools"
                    + " WHERE laestab = '"
                    + C
                    + "' AND collection = 'PHONICS' AND year = 2025"))
        .isEqualTo("false|set by the LA: closed for rebuilding");

    // the overlay CSV: a file with a bad row is refused whole; then next summer's correction for A
    Path overlay = tmp.resolve("overlay.csv");
    Files.writeString(
        overlay,
        "LAESTAB,Collection,Year,Expected,Reason\r\n"
            + A
            + ",phonics,2026,no,amalgamating with Birch\r\n"
            + "3302,phonics,2026,maybe,\r\n");
    CommandRun refusedOverlay =
        ks1("schools", "overlay", "--data", data.toString(), overlay.toString());
    assertThat(refusedOverlay.exit()).isEqualTo(2);
    assertThat(refusedOverlay.err())
        .contains(
            "overlay.csv was not applied: correct these and send it again.",
            "overlay.csv row 3, LAESTAB '3302': a school's 7-digit DfE number",
            "overlay.csv row 3, Expected 'maybe': yes or no",
            "overlay.csv row 3, Reason is empty");
    Files.writeString(
        overlay,
        "LAESTAB,Collection,Year,Expected,Reason\r\n"
            + A
            + ",phonics,2026,no,amalgamating with Birch\r\n");
    CommandRun overlaid = ks1("schools", "overlay", "--data", data.toString(), overlay.toString());
    assertThat(overlaid.exit()).as(overlaid.err()).isZero();
    assertThat(overlaid.out()).startsWith("1 correction(s) from overlay.csv: in the store");
    assertThat(
            one(
                "SELECT expected || '|' || reason FROM expected_schools"
                    + " WHERE laestab = '"
                    + A
                    + "' AND collection = 'PHONICS' AND year = 2026"))
        .isEqualTo("false|set by the LA: amalgamating with Birch");

    // A's first file cannot be read: an upload error
    load(A + "_PHONICS_25.csv", "School DFE,UPN,Forename\n");
    assertThat(status(A)).isEqualTo("upload error");
    // A's next file has an error (a mark of 41); B's is clean; X is not on the list
    load(phonics(A, "41", "35"), phonics(B, "33", "12"), phonics(X, "32", "40"));
    assertThat(status(A)).isEqualTo("received with errors");
    assertThat(status(B)).isEqualTo("received");
    assertThat(status(X)).isEqualTo("received, not expected");
    assertThat(
            one(
                "SELECT pupils || '|' || errors FROM school_completeness WHERE laestab = '"
                    + A
                    + "' AND collection = 'PHONICS' AND year = 2025"))
        .isEqualTo("2|1");
    assertThat(laCounts()).isEqualTo("2|2|0|1|0|100.0");
    assertThat(chaseList())
        .containsExactly(
            A
                + "|received with errors|1 error(s) to correct and send again. The deadline"
                + " (2025-07-03) has passed.",
            B + "|received|To be confirmed by the headteacher.");

    // confirming A is refused while its error is open
    CommandRun refused =
        ks1(
            "confirm",
            A,
            "--data",
            data.toString(),
            "--collection",
            "PHONICS",
            "--year",
            "2025",
            "--by",
            "Mrs Ada Lovelace");
    assertThat(refused.exit()).isEqualTo(2);
    assertThat(refused.err()).contains("School " + A + "'s return has 1 error(s) still open");

    // A's corrected file: received; then confirmed
    load(phonics(A, "40", "35"));
    assertThat(status(A)).isEqualTo("received");
    CommandRun confirmed =
        ks1(
            "confirm",
            A,
            "--data",
            data.toString(),
            "--collection",
            "PHONICS",
            "--year",
            "2025",
            "--by",
            "Mrs Ada Lovelace",
            "--note",
            "no queries");
    assertThat(confirmed.exit()).as(confirmed.err()).isZero();
    assertThat(
            one(
                "SELECT status || '|' || confirmed_by FROM school_completeness"
                    + " WHERE laestab = '"
                    + A
                    + "' AND collection = 'PHONICS' AND year = 2025"))
        .isEqualTo("confirmed|Mrs Ada Lovelace");
    assertThat(laCounts()).isEqualTo("2|2|0|0|1|100.0");
    assertThat(chaseList()).containsExactly(B + "|received|To be confirmed by the headteacher.");

    // a later file from A returns it to received until confirmed again
    load(phonics(A, "39", "35"));
    assertThat(status(A)).isEqualTo("received");
    List<String> before = completeness();

    // the packs back to schools: one zip per school with figures, exactly its figures and pupils
    checkPacks();

    // the list, the correction and the confirmation come back from the topics
    CommandRun rebuilt = ks1("rebuild", "--data", data.toString());
    assertThat(rebuilt.exit()).as(rebuilt.err()).isZero();
    assertThat(completeness()).isEqualTo(before);
    assertThat(one("SELECT count(*) FROM school_confirmations")).isEqualTo("1");
    assertThat(one("SELECT count(*) FROM expected_overlay")).isEqualTo("2");
  }

  private void checkPacks() throws Exception {
    Path out = tmp.resolve("packs");
    CommandRun packs =
        ks1(
            "report",
            "packs",
            "--data",
            data.toString(),
            "--la",
            "330",
            "--collection",
            "phonics",
            "--out",
            out.toString());
    assertThat(packs.exit()).as(packs.err()).isZero();
    assertThat(packs.out())
        .startsWith(
            "LA 330, PHONICS 2025: 3 school pack(s) (6 pupils: summary PDF, pupil list CSV and"
                + " XLSX in one zip each) and the LA's summary, in "
                + out
                + ".");
    assertThat(packs.err()).contains("Packs: 3 of 3 schools");
    try (java.util.stream.Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted())
          .containsExactly(
              A + "_PHONICS_2025.zip",
              B + "_PHONICS_2025.zip",
              X + "_PHONICS_2025.zip",
              "330_PHONICS_2025_la-summary.pdf");
    }
    // marks: A 39 and 35 (both met), B 33 and 12 (one met), X 32 and 40 (both met)
    checkPack(out, A, "2 2 100");
    // a template names no school: the pack is titled with DfE's list's name
    assertThat(pdfText(entry(out, A, "_summary.pdf")).replace("\n", " "))
        .startsWith("Phonics provisional summary: St Thérèse's Catholic Primary School");
    checkPack(out, B, "2 1 50");
    checkPack(out, X, "2 2 100");
    String la = pdfText(Files.readAllBytes(out.resolve("330_PHONICS_2025_la-summary.pdf")));
    assertThat(la).contains("covering 6 pupils in 3 schools", A, B, X);
  }

  /** One school's zip: its PDF's figures, and its pupils (and only its) in the CSV and XLSX. */
  private void checkPack(Path out, String laestab, String eligibleMetPct) throws Exception {
    String stem = laestab + "_PHONICS_2025";
    java.util.Map<String, byte[]> entries = new java.util.TreeMap<>();
    try (java.util.zip.ZipInputStream z =
        new java.util.zip.ZipInputStream(Files.newInputStream(out.resolve(stem + ".zip")))) {
      for (var e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
        entries.put(e.getName(), z.readAllBytes());
      }
    }
    assertThat(entries.keySet())
        .containsExactly(stem + "_pupils.csv", stem + "_pupils.xlsx", stem + "_summary.pdf");
    String pdf = pdfText(entries.get(stem + "_summary.pdf"));
    assertThat(pdf)
        .contains("School " + laestab + ", LA 330", "covering 2 pupils in 1 school")
        .contains("Year 1 met the expected standard " + eligibleMetPct + "\n");
    List<String> upns =
        List.of(
            TestUpns.unique("330", laestab.substring(3), 1),
            TestUpns.unique("330", laestab.substring(3), 2));
    List<String> csv =
        new String(entries.get(stem + "_pupils.csv"), java.nio.charset.StandardCharsets.UTF_8)
            .lines()
            .skip(1)
            .toList();
    assertThat(csv).hasSize(2);
    assertThat(csv.get(0)).startsWith("2," + upns.get(0) + ",,Byron,Ada,");
    assertThat(csv.get(1)).startsWith("3," + upns.get(1) + ",,Okafor,Ben,");
    try (XSSFWorkbook book =
        new XSSFWorkbook(new java.io.ByteArrayInputStream(entries.get(stem + "_pupils.xlsx")))) {
      var sheet = book.getSheetAt(0);
      assertThat(sheet.getLastRowNum()).isEqualTo(4);
      assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo(upns.get(0));
      assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo(upns.get(1));
    }
  }

  private static byte[] entry(Path out, String laestab, String suffix) throws Exception {
    String stem = laestab + "_PHONICS_2025";
    try (java.util.zip.ZipInputStream z =
        new java.util.zip.ZipInputStream(Files.newInputStream(out.resolve(stem + ".zip")))) {
      for (var e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
        if (e.getName().equals(stem + suffix)) {
          return z.readAllBytes();
        }
      }
    }
    throw new AssertionError("no " + stem + suffix);
  }

  private static String pdfText(byte[] pdf) throws Exception {
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
    }
  }

  private List<String> completeness() throws Exception {
    return rows(
        "SELECT collection, year, la_code, laestab, school_name, expected, reason, status,"
            + " pupils, errors, queries, confirmed_by, overdue FROM school_completeness"
            + " ORDER BY collection, year, laestab");
  }

  private static String reasonOf(String laestab) {
    return switch (laestab) {
      case J -> "ages 7-11 do not include age 5";
      case C -> "open, proposed to close, ages 4-11";
      default -> "open, ages 4-11";
    };
  }

  /** The school's status in the view, checked to be the API's for the LA's token. */
  private String status(String laestab) throws Exception {
    String status =
        one(
            "SELECT status FROM school_completeness WHERE laestab = '"
                + laestab
                + "' AND collection = 'PHONICS' AND year = 2025");
    assertThat(apiStatuses()).as("the API's statuses").containsEntry(laestab, status);
    return status;
  }

  private static final String TOKEN_330 = "token-of-birmingham";

  /**
   * Every school's status as {@code /api/completeness} gives it to Birmingham's token, from a
   * reporting server started on the store for the question (the CLI's loads hold it otherwise);
   * anonymous callers get the same counts and no list.
   */
  private java.util.Map<String, String> apiStatuses() throws Exception {
    var collections = uk.ks1.app.pipeline.Registered.collections();
    var tokens =
        uk.ks1.reporting.access.AccessTokens.parse(
            uk.ks1.reporting.access.AccessTokens.sha256(TOKEN_330) + " la:330\n", "test");
    try (var opened =
            uk.ks1.aggregate.store.Store.open(
                store,
                collections,
                uk.ks1.validate.RuleCatalogue.of(collections).storedDefinitions());
        var server =
            new uk.ks1.reporting.http.ReportingServer(
                    collections,
                    opened,
                    new uk.ks1.reporting.http.ReportingConfig("127.0.0.1", 0, tokens, 2025))
                .start()) {
      String path = "/api/completeness?collection=PHONICS&la=330&year=2025";
      var http = java.net.http.HttpClient.newHttpClient();
      var own =
          http.send(
              java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.baseUrl() + path))
                  .header("Authorization", "Bearer " + TOKEN_330)
                  .build(),
              java.net.http.HttpResponse.BodyHandlers.ofString());
      var anonymous =
          http.send(
              java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.baseUrl() + path))
                  .build(),
              java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(own.statusCode()).isEqualTo(200);
      var ownJson = uk.ks1.core.json.Json.mapper().readTree(own.body());
      var anonymousJson = uk.ks1.core.json.Json.mapper().readTree(anonymous.body());
      assertThat(anonymousJson.has("schools")).isFalse();
      assertThat(anonymousJson.get("la")).isEqualTo(ownJson.get("la"));
      java.util.Map<String, String> statuses = new java.util.LinkedHashMap<>();
      ownJson
          .get("schools")
          .forEach(x -> statuses.put(x.get("laestab").asText(), x.get("status").asText()));
      return statuses;
    }
  }

  /** expected_schools, received, not_received, with_errors, confirmed, received_pct. */
  private String laCounts() throws Exception {
    return one(
        "SELECT expected_schools, received, not_received, with_errors, confirmed,"
            + " round(received_pct, 1) FROM la_completeness"
            + " WHERE la_code = '330' AND collection = 'PHONICS' AND year = 2025");
  }

  /** The chase list's LAESTAB, status and what is open, read back from its workbook. */
  private List<String> chaseList() throws Exception {
    Path out = tmp.resolve("chase" + drop);
    CommandRun run =
        ks1(
            "report",
            "missing",
            "--data",
            data.toString(),
            "--la",
            "330",
            "--collection",
            "phonics",
            "--year",
            "2025",
            "--out",
            out.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    Path xlsx = out.resolve("chase-list-330-PHONICS-2025.xlsx");
    assertThat(out.resolve("chase-list-330-PHONICS-2025.csv")).exists();
    List<String> rows = new ArrayList<>();
    try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(xlsx))) {
      for (Row r : book.getSheet("Chase list")) {
        if (r.getRowNum() == 0) {
          assertThat(r.getCell(2).getStringCellValue()).isEqualTo("LAESTAB");
          continue;
        }
        rows.add(
            r.getCell(2).getStringCellValue()
                + "|"
                + r.getCell(4).getStringCellValue()
                + "|"
                + r.getCell(12).getStringCellValue());
      }
    }
    return rows;
  }

  /** A phonics template of one school, two Year 1 pupils with these marks. */
  private Path phonics(String laestab, String mark1, String mark2) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(
        List.of(
            "School DFE",
            "UPN",
            "Forename",
            "Surname",
            "Gender",
            "Date of birth",
            "NC Year",
            "Phonics mark"));
    rows.add(
        List.of(
            laestab,
            TestUpns.unique("330", laestab.substring(3), 1),
            "Ada",
            "Byron",
            "F",
            "03/10/2018",
            "1",
            mark1));
    rows.add(
        List.of(
            laestab,
            TestUpns.unique("330", laestab.substring(3), 2),
            "Ben",
            "Okafor",
            "M",
            "14/02/2019",
            "1",
            mark2));
    Path staged = tmp.resolve("staged" + (drop++));
    return Sheets.csv(staged.resolve("PHONICS_" + laestab + "_25.csv"), rows);
  }

  private void load(String name, String text) throws Exception {
    Path folder = tmp.resolve("drop" + (drop++)).resolve("330");
    Files.createDirectories(folder);
    Files.writeString(folder.resolve(name), text);
    assertThat(ks1("load", "--data", data.toString(), folder.getParent().toString()).exit())
        .isIn(0, 1);
  }

  private void load(Path... files) throws Exception {
    Path folder = tmp.resolve("drop" + (drop++)).resolve("330");
    Files.createDirectories(folder);
    for (Path f : files) {
      Files.copy(f, folder.resolve(f.getFileName()));
    }
    CommandRun run = ks1("load", "--data", data.toString(), folder.getParent().toString());
    assertThat(run.exit()).as(run.out() + run.err()).isIn(0, 1);
  }

  /** DfE's list in its real header (a subset of its 139 columns, in its order), Windows-1252. */
  private Path gias() {
    return GiasCsv.write(
        tmp,
        "20250301",
        List.of(
            new GiasCsv.School(
                "103001",
                "330",
                "Birmingham",
                "2001",
                "St Thérèse's Catholic Primary School",
                "Voluntary aided school",
                "Local authority maintained schools",
                "Open",
                "Primary",
                "4",
                "11",
                "",
                "Mrs",
                "Zoë",
                "Brontë"),
            new GiasCsv.School(
                "103002",
                "330",
                "Birmingham",
                "2002",
                "Alder Primary School",
                "Academy converter",
                "Academies",
                "Open",
                "Primary",
                "4",
                "11",
                "Oak Learning Trust",
                "Mr",
                "Tom",
                "Hughes"),
            new GiasCsv.School(
                "103003",
                "330",
                "Birmingham",
                "2003",
                "Birch Primary School",
                "Community school",
                "Local authority maintained schools",
                "Open, but proposed to close",
                "Primary",
                "4",
                "11",
                "",
                "Ms",
                "Ann",
                "Lee"),
            new GiasCsv.School(
                "103004",
                "330",
                "Birmingham",
                "2004",
                "Cedar Junior School",
                "Community school",
                "Local authority maintained schools",
                "Open",
                "Primary",
                "7",
                "11",
                "",
                "Mr",
                "Raj",
                "Patel")));
  }

  private String one(String sql) throws Exception {
    List<String> rows = rows(sql);
    assertThat(rows).as(sql).hasSize(1);
    return rows.get(0);
  }

  private List<String> rows(String sql) throws Exception {
    return SqlRows.readOnly(store, sql);
  }
}
