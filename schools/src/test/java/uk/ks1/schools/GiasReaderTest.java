package uk.ks1.schools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ks1.core.school.ListedSchool;

class GiasReaderTest {
  @TempDir Path tmp;

  @Test
  void readsTheExtractInWindows1252ByHeaderNames() throws Exception {
    byte[] bytes = GiasSample.csv();
    // é of Thérèse is one byte, 0xE9, as Windows-1252 writes it
    assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).contains("Th\u00e9r\u00e8se");
    Path file = Files.write(tmp.resolve("edubasealldata20250301.csv"), bytes);
    GiasExtract extract = GiasReader.read(file);
    assertThat(extract.extractDate()).isEqualTo(LocalDate.of(2025, 3, 1));
    assertThat(extract.skippedRows()).isEqualTo(1);
    assertThat(extract.schools()).hasSize(11);
    ListedSchool first = extract.schools().get(0);
    assertThat(first)
        .isEqualTo(
            new ListedSchool(
                "3302001",
                "103001",
                "St Thérèse's Catholic Primary School",
                "Voluntary aided school",
                "Local authority maintained schools",
                "Open",
                LocalDate.of(1960, 9, 1),
                null,
                "Primary",
                4,
                11,
                210,
                null,
                "Mrs Zoë Brontë"));
    assertThat(extract.schools().get(6).status()).isEqualTo("Open, but proposed to close");
    assertThat(extract.schools().get(9).trust()).isEqualTo("Oak Learning Trust");
    assertThat(extract.schools().get(3).closeDate()).isEqualTo(LocalDate.of(2024, 12, 31));
  }

  @Test
  void readsTheDownloadedZip() throws Exception {
    Path zip = tmp.resolve("extract.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry("edubasealldata20260115.csv"));
      out.write(GiasSample.csv());
      out.closeEntry();
    }
    GiasExtract extract = GiasReader.read(zip);
    assertThat(extract.extractDate()).isEqualTo(LocalDate.of(2026, 1, 15));
    assertThat(extract.schools()).hasSize(11);
  }

  @Test
  void aUtf8FileWithAByteOrderMarkIsReadAsUtf8() throws Exception {
    String text = new String(GiasSample.csv(), java.nio.charset.Charset.forName("windows-1252"));
    byte[] utf8 = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
    GiasExtract extract =
        GiasReader.read(new ByteArrayInputStream(utf8), "x.csv", LocalDate.of(2025, 3, 1));
    assertThat(extract.schools().get(0).name()).isEqualTo("St Thérèse's Catholic Primary School");
  }

  @Test
  void aMissingColumnIsNamed() {
    String csv = GiasSample.HEADER.replace(",StatutoryHighAge", "") + "\r\n";
    assertThatThrownBy(
            () ->
                GiasReader.read(
                    new ByteArrayInputStream(csv.getBytes(StandardCharsets.US_ASCII)),
                    "edubasealldata20250301.csv",
                    null))
        .isInstanceOf(GiasFormatException.class)
        .hasMessage(
            "edubasealldata20250301.csv: the header has no column StatutoryHighAge. DfE's"
                + " establishment fields CSV has them all: URN, LA (code), LA (name),"
                + " EstablishmentNumber, EstablishmentName, TypeOfEstablishment (name),"
                + " EstablishmentTypeGroup (name), EstablishmentStatus (name), OpenDate,"
                + " CloseDate, PhaseOfEducation (name), StatutoryLowAge, StatutoryHighAge (bound"
                + " by name, in any order)");
  }

  @Test
  void aDateNotAsGiasWritesItIsNamedWithItsLineAndColumn() {
    String csv =
        GiasSample.HEADER + "\r\n" + GiasSample.ROWS.get(1).replace("01-09-1970", "1970-09-01");
    assertThatThrownBy(
            () ->
                GiasReader.read(
                    new ByteArrayInputStream(csv.getBytes(StandardCharsets.US_ASCII)),
                    "edubasealldata20250301.csv",
                    null))
        .isInstanceOf(GiasFormatException.class)
        .hasMessage(
            "edubasealldata20250301.csv, line 2, OpenDate: '1970-09-01' is not a date as"
                + " dd-MM-yyyy, e.g. 01-09-2015, or blank.");
  }
}
