package uk.ks1.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import uk.ks1.testkit.CtfBuilder;
import uk.ks1.testkit.ExpectedFigures;
import uk.ks1.testkit.TemplateBuilder;
import uk.ks1.testkit.TestPupil;
import uk.ks1.testkit.TestUpns;
import uk.ks1.testkit.ZipBuilder;

/**
 * Hostile and broken files among a good one, through the real CLI, broker and DuckDB with a 2 MB
 * file limit: each is rejected with its own rule and a message naming what is wrong, kept aside
 * with its reports, and nothing of it counts, while the good file counts exactly.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(240)
class HostileFilesIT {
  @TempDir static Path tmp;
  private Path data;
  private Path store;
  private final List<TestPupil> good = new ArrayList<>();

  @BeforeAll
  void loadHostileFilesAndOneGoodOne() throws Exception {
    Path la = tmp.resolve("collection/330");
    for (int i = 1; i <= 8; i++) {
      good.add(
          TestPupil.of(
              TestUpns.unique("330", "2001", i), i % 2 == 0 ? "EXS" : "GDS", "WTS", "EXS", "EXS"));
    }
    CtfBuilder.school("3302001").pupils(good).writeTo(la, "good.xml");
    String ctf = CtfBuilder.school("3302002").pupils(good).xml();
    byte[] csv = TemplateBuilder.template().school("3302003", good).csv();

    Path secret = tmp.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-CANARY");
    write(
        la,
        "xxe.xml",
        ("<?xml version=\"1.0\"?>\n<!DOCTYPE CTfile [<!ENTITY x SYSTEM \""
                + secret.toUri()
                + "\">]>\n"
                + ctf.substring(ctf.indexOf("<CTfile>")).replace("Test Primary School", "&x;"))
            .getBytes(StandardCharsets.UTF_8));
    StringBuilder lol =
        new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE CTfile [<!ENTITY l0 \"lol\">");
    for (int i = 1; i <= 9; i++) {
      lol.append("<!ENTITY l")
          .append(i)
          .append(" \"")
          .append(("&l" + (i - 1) + ";").repeat(10))
          .append("\">");
    }
    lol.append("]>\n<CTfile><Header><DocumentName>&l9;</DocumentName></Header></CTfile>");
    write(la, "lol.xml", lol.toString().getBytes(StandardCharsets.UTF_8));
    write(la, "truncated.xml", ctf.substring(0, ctf.length() / 2).getBytes(StandardCharsets.UTF_8));
    write(la, "empty.csv", new byte[0]);
    write(la, "empty.xml", new byte[0]);
    byte[] junk = new byte[4096];
    new Random(42).nextBytes(junk);
    junk[0] = 'x';
    write(la, "junk.xml", junk);
    write(la, "junk.csv", junk);
    write(la, "junk.xlsx", junk);
    write(la, "bomb.xlsx", padSheet(TemplateBuilder.template().school("3302004", good).xlsx()));
    write(la, "huge.xlsx", TemplateBuilder.hugeSheet(100_001, true));
    write(
        la,
        "traversal.zip",
        ZipBuilder.zip().entry("3302005.csv", csv).entry("../../../tmp/evil.csv", csv).bytes());
    write(
        la,
        "nested.zip",
        ZipBuilder.zip().entry("inner.zip", ZipBuilder.zip().entry("a.csv", csv).bytes()).bytes());
    write(la, "zipbomb.zip", ZipBuilder.zip().zeros("bomb.csv", 50_000_000).bytes());
    byte[] big = new byte[3 * 1024 * 1024];
    java.util.Arrays.fill(big, (byte) 'a');
    write(la, "big.csv", big);
    write(la, "noheader.csv", "Name,Score\r\nAlice,3\r\n".getBytes(StandardCharsets.UTF_8));
    ByteArrayOutputStream mixed = new ByteArrayOutputStream();
    mixed.writeBytes(
        TemplateBuilder.template()
            .school("3302006", List.of(good.get(0).withNames("Zoë", "A")))
            .csvText()
            .getBytes(StandardCharsets.UTF_8));
    mixed.writeBytes(
        TemplateBuilder.template()
            .school("3302006", List.of(good.get(1).withNames("Chloë", "B")))
            .csvText()
            .lines()
            .skip(1)
            .findFirst()
            .orElseThrow()
            .getBytes(Charset.forName("windows-1252")));
    write(la, "mixed.csv", mixed.toByteArray());

    data = tmp.resolve("data");
    store = data.resolve("ks1.duckdb");
    assertThat(
            Ks1.execute(
                "load",
                "--data",
                data.toString(),
                "--max-file-mb",
                "2",
                tmp.resolve("collection").toString()))
        .isZero();
  }

  private static void write(Path dir, String name, byte[] bytes) throws Exception {
    Files.createDirectories(dir);
    Files.write(dir.resolve(name), bytes);
  }

  private String reason(String fileName) throws Exception {
    return StoreQueries.one(
        store,
        "SELECT rule_id || ' ' || message FROM validation_issues JOIN submissions"
            + " USING (submission_id) WHERE file_name = '"
            + fileName
            + "' AND status = 'upload error'");
  }

  private void assertRejected(String file, String rule, String... words) throws Exception {
    assertThat(reason(file)).as(file).startsWith(rule + " ").contains(words);
    Path failed = data.resolve("failed/330");
    // an archive inside a zip is not kept, so it cannot be put aside; its reports are
    assertThat(Files.exists(failed.resolve(file))).as(file).isEqualTo(!file.endsWith("inner.zip"));
    assertThat(Files.readString(failed.resolve(file + ".report.txt"))).contains("[" + rule + "]");
    assertThat(Files.readString(failed.resolve(file + ".report.csv"), StandardCharsets.UTF_8))
        .contains("," + rule + ",error,");
    assertThat(failed.resolve(file + ".report.xlsx")).exists();
  }

  @Test
  void xmlWithADtdOrAnEntityBombIsRejectedUnread() throws Exception {
    assertRejected("xxe.xml", "F03", "declares a DTD");
    assertRejected("lol.xml", "F03", "declares a DTD");
    assertThat(
            StoreQueries.one(
                store,
                "SELECT count(*) FROM validation_issues WHERE message LIKE '%CANARY%'"
                    + " OR value LIKE '%CANARY%' OR message LIKE '%lollol%'"))
        .isEqualTo("0");
    assertThat(Files.readString(data.resolve("failed/330/xxe.xml.report.csv")))
        .doesNotContain("CANARY");
  }

  @Test
  void truncatedEmptyAndJunkFilesAreRejectedWithTheirReason() throws Exception {
    assertRejected("truncated.xml", "F01", "not well-formed XML", "line ");
    assertRejected("empty.csv", "F10", "empty.csv is empty (0 bytes)");
    assertRejected("empty.xml", "F10", "empty.xml is empty (0 bytes)");
    assertRejected("junk.xml", "F01", "is not valid UTF-8");
    assertRejected("junk.csv", "F01", "junk.csv is not CSV text", "binary data");
    assertRejected("junk.xlsx", "F01", "junk.xlsx is not an Excel workbook");
  }

  @Test
  void workbookBombsAndHugeSheetsAreStopped() throws Exception {
    assertRejected("bomb.xlsx", "F15", "bomb.xlsx unpacks to far more than its size");
    assertRejected("huge.xlsx", "F16", "huge.xlsx has more than 100000 rows");
  }

  @Test
  void hostileZipsAreRejectedAndNestedZipsNotOpened() throws Exception {
    assertRejected("traversal.zip", "F13", "'../../../tmp/evil.csv'", "leads outside the zip");
    assertThat(tmp.resolve("tmp/evil.csv")).doesNotExist();
    assertRejected("zipbomb.zip", "F15", "zipbomb.zip unpacks to more than 100 times its own size");
    assertRejected("nested.zip!inner.zip", "F14", "is an archive inside a zip");
    assertThat(StoreQueries.one(store, "SELECT outcome FROM files WHERE file_name = 'nested.zip'"))
        .isEqualTo("accepted");
  }

  @Test
  void oversizedHeaderlessAndMixedEncodingFilesAreRejected() throws Exception {
    assertRejected("big.csv", "F08", "is 3145728 bytes; the limit is 2097152 bytes");
    assertRejected("noheader.csv", "F12", "No header row", "its first row with text has 2 cells");
    assertRejected(
        "mixed.csv", "F11", "mixed.csv has UTF-8 text in row 2, but row 3 has the byte 0xEB");
  }

  @Test
  void nothingOfTheBadFilesCountsAndTheGoodOneCountsExactly() throws Exception {
    var f = ExpectedFigures.of(good);
    assertThat(
            StoreQueries.one(
                store, "SELECT schools, pupils, reading_gds, rwm_exs_plus FROM national_summary"))
        .isEqualTo("1|" + f.pupils() + "|" + f.reading().gds() + "|" + f.rwm().exsPlus());
    assertThat(StoreQueries.rows(store, "SELECT DISTINCT laestab FROM pupil_records"))
        .containsExactly("3302001");
    assertThat(StoreQueries.one(store, "SELECT count(*) FROM files WHERE outcome = 'rejected'"))
        .isEqualTo("16");
  }

  /** The workbook with its sheet padded by 30 MB of spaces: legal XML, compressed 1000:1. */
  private static byte[] padSheet(byte[] xlsx) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        byte[] content = in.readAllBytes();
        if (e.getName().equals("xl/worksheets/sheet1.xml")) {
          content =
              new String(content, StandardCharsets.UTF_8)
                  .replaceFirst("<sheetData", " ".repeat(30_000_000) + "<sheetData")
                  .getBytes(StandardCharsets.UTF_8);
        }
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(content);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
