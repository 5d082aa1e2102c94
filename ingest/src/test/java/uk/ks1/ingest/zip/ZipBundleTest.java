package uk.ks1.ingest.zip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static uk.ks1.ingest.Rejections.reasons;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.ks1.core.event.ValidationIssue;
import uk.ks1.testkit.ZipBuilder;

class ZipBundleTest {
  private static final byte[] A = "a".getBytes(StandardCharsets.UTF_8);
  private static final byte[] INNER = ZipBuilder.zip().entry("x.csv", A).bytes();
  private final ZipLimits limits = new ZipLimits(5, 40_000, 100, 1_000);

  private ZipBundle.Unpacked unpack(byte[] zip) throws uk.ks1.ingest.file.FileRejectedException {
    return ZipBundle.unpack(zip, "bundle.zip", 10_000, limits);
  }

  @Test
  void unpacksFilesInOrderSkippingFoldersAndSystemClutter() throws Exception {
    byte[] zip =
        ZipBuilder.zip()
            .entry("trust/", new byte[0])
            .entry("trust/3302001.csv", A)
            .entry("__MACOSX/trust/._3302001.csv", A)
            .entry("trust/.DS_Store", A)
            .entry("Thumbs.db", A)
            .entry("3302002.xml", A)
            .entry("inner.zip", INNER)
            .entry("big.csv", new byte[10_001])
            .bytes();
    ZipBundle.Unpacked u = unpack(zip);
    assertThat(u.files())
        .extracting(ZipEntryFile::path, ZipEntryFile::kind, ZipEntryFile::size)
        .containsExactly(
            tuple("trust/3302001.csv", ZipEntryFile.Kind.FILE, 1L),
            tuple("3302002.xml", ZipEntryFile.Kind.FILE, 1L),
            tuple("inner.zip", ZipEntryFile.Kind.NESTED_ARCHIVE, (long) INNER.length),
            tuple("big.csv", ZipEntryFile.Kind.TOO_LARGE, 10_001L));
    assertThat(u.files().get(0).content()).isEqualTo(A);
    assertThat(u.files().get(2).content()).isNull();
    assertThat(u.skipped()).isEqualTo(Map.of(ZipBundle.SYSTEM_FILES, 3));
  }

  @Test
  void namesEntriesAfterTheZip() {
    assertThat(ZipBundle.entryName("bundle.zip", "trust/3302001.csv"))
        .isEqualTo("bundle.zip!trust!3302001.csv");
    assertThat(ZipBundle.bundleOf("bundle.zip!trust!3302001.csv")).contains("bundle.zip");
    assertThat(ZipBundle.bundleOf("Bundle.ZIP!a.csv")).contains("Bundle.ZIP");
    assertThat(ZipBundle.bundleOf("3302001.csv")).isEmpty();
  }

  @Test
  void rejectsTheWholeZipForAPathThatLeavesIt() {
    for (String name :
        List.of(
            "../evil.csv",
            "trust/../../evil.csv",
            "/etc/cron.d/evil",
            "C:/evil.csv",
            "..\\evil.csv")) {
      byte[] zip = ZipBuilder.zip().entry("ok.csv", A).entry(name, A).bytes();
      List<ValidationIssue> bad = reasons(() -> unpack(zip));
      assertThat(bad)
          .as(name)
          .extracting(ValidationIssue::ruleId, ValidationIssue::value)
          .containsExactly(tuple("F13", name));
      assertThat(bad.get(0).message())
          .contains("bundle.zip holds an entry named '" + name + "'", "leads outside the zip");
    }
  }

  @Test
  void rejectsAZipBombByRatioByTotalAndByCount() {
    List<ValidationIssue> ratio =
        reasons(() -> unpack(ZipBuilder.zip().zeros("bomb.csv", 30_000).bytes()));
    assertThat(ratio).extracting(ValidationIssue::ruleId).containsExactly("F15");
    assertThat(ratio.get(0).message()).contains("unpacks to more than 100 times its own size");

    ZipBuilder many = ZipBuilder.zip();
    for (int i = 0; i < 6; i++) {
      many.entry(i + ".csv", A);
    }
    assertThat(reasons(() -> unpack(many.bytes())).get(0).message())
        .contains("holds more than 5 files");

    ZipBuilder heavy = ZipBuilder.zip();
    for (int i = 0; i < 5; i++) {
      byte[] text = new byte[9_000];
      new java.util.Random(i).nextBytes(text);
      heavy.entry(i + ".csv", text);
    }
    assertThat(reasons(() -> unpack(heavy.bytes())).get(0).message())
        .contains("unpacks to more than 40000 bytes");
  }

  @Test
  void rejectsJunkDamagedAndEmptyZips() throws Exception {
    assertThat(reasons(() -> unpack("not a zip".getBytes(StandardCharsets.UTF_8))))
        .extracting(ValidationIssue::ruleId)
        .containsExactly("F01");
    byte[] good =
        ZipBuilder.zip().entry("a.csv", "x".repeat(500).getBytes(StandardCharsets.UTF_8)).bytes();
    byte[] truncated = java.util.Arrays.copyOf(good, good.length / 2);
    List<ValidationIssue> damaged = reasons(() -> unpack(truncated));
    assertThat(damaged).extracting(ValidationIssue::ruleId).containsExactly("F01");
    assertThat(damaged.get(0).message()).contains("bundle.zip is a damaged or incomplete zip");
    assertThat(reasons(() -> unpack(ZipBuilder.zip().entry("__MACOSX/._a", A).bytes())))
        .extracting(ValidationIssue::ruleId, ValidationIssue::message)
        .containsExactly(
            tuple(
                "F10",
                "bundle.zip holds no files to read. Put the schools' CTF, CSV or XLSX files in"
                    + " it."));
  }
}
