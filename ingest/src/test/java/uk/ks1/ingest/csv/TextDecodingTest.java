package uk.ks1.ingest.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static uk.ks1.ingest.Rejections.reasons;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import uk.ks1.core.event.ValidationIssue;

class TextDecodingTest {
  private static final Charset CP1252 = Charset.forName("windows-1252");

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  @Test
  void decodesUtf8WithAndWithoutBomAndWindows1252() throws Exception {
    String text = "UPN,Forename\r\nA1,Zoë Siân Ødegård €\r\n";
    assertThat(TextDecoding.decode(text.getBytes(StandardCharsets.UTF_8), "a.csv")).isEqualTo(text);
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    assertThat(TextDecoding.decode(concat(bom, text.getBytes(StandardCharsets.UTF_8)), "a.csv"))
        .isEqualTo(text);
    assertThat(TextDecoding.decode(text.getBytes(CP1252), "a.csv")).isEqualTo(text);
  }

  @Test
  void rejectsMixedUtf8AndWindows1252NamingBothRows() {
    byte[] mixed =
        concat(
            "UPN,Forename\r\nA1,Zoë\r\n".getBytes(StandardCharsets.UTF_8),
            "A2,Chloë\r\n".getBytes(CP1252));
    assertThat(reasons(() -> TextDecoding.decode(mixed, "mixed.csv")))
        .extracting(ValidationIssue::ruleId, ValidationIssue::value, ValidationIssue::message)
        .containsExactly(
            tuple(
                "F11",
                "0xEB",
                "mixed.csv has UTF-8 text in row 2, but row 3 has the byte 0xEB, which is not"
                    + " UTF-8 (Windows-1252 text?). One file must use one encoding: open it,"
                    + " check the names, and save it again as 'CSV UTF-8 (Comma delimited)'."));
  }

  @Test
  void rejectsABomFollowedByWindows1252() {
    byte[] bad =
        concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "A,Zoë\r\n".getBytes(CP1252));
    assertThat(reasons(() -> TextDecoding.decode(bad, "b.csv")))
        .extracting(ValidationIssue::ruleId)
        .containsExactly("F11");
  }

  @Test
  void rejectsBytesThatAreNeitherUtf8NorWindows1252() {
    byte[] bad = concat("UPN\r\nA".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0x81});
    assertThat(reasons(() -> TextDecoding.decode(bad, "c.csv")))
        .extracting(ValidationIssue::ruleId, ValidationIssue::value)
        .containsExactly(tuple("F11", "0x81"));
  }

  @Test
  void rejectsUtf16AsAnEncodingProblem() {
    byte[] utf16 = "\uFEFFUPN\tForename\r\n".getBytes(StandardCharsets.UTF_16LE);
    assertThat(reasons(() -> TextDecoding.decode(utf16, "u.csv")))
        .extracting(ValidationIssue::ruleId, ValidationIssue::value)
        .containsExactly(tuple("F11", "UTF-16"));
  }

  @Test
  void rejectsBinaryJunkWorkbooksAndZipsUnderACsvName() {
    byte[] junk = new byte[2048];
    new Random(7).nextBytes(junk);
    junk[0] = 'x';
    assertThat(reasons(() -> TextDecoding.decode(junk, "junk.csv")))
        .extracting(ValidationIssue::ruleId)
        .containsExactly("F01");
    assertThat(reasons(() -> TextDecoding.decode(junk, "junk.csv")).get(0).message())
        .contains("junk.csv is not CSV text", "binary data");
    byte[] zip = {'P', 'K', 3, 4, 20, 0};
    assertThat(reasons(() -> TextDecoding.decode(zip, "book.csv")).get(0).message())
        .contains("an Excel workbook (.xlsx) saved under a .csv name");
    byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0};
    assertThat(reasons(() -> TextDecoding.decode(ole, "old.csv")).get(0).message())
        .contains("old Excel 97-2003 workbook (.xls)");
  }

  @Test
  void rejectsAnEmptyFile() {
    assertThat(reasons(() -> TextDecoding.decode(new byte[0], "e.csv")))
        .extracting(ValidationIssue::ruleId)
        .containsExactly("F10");
  }
}
