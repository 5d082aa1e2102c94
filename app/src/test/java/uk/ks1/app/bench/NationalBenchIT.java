package uk.ks1.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The national benchmark on a small collection: it generates one, measures the floor and the load
 * in one run, and reports figures that add up (the load's ratio to the floor, the pupils in the
 * manifest, the store equal to the manifest). Times are not asserted: benchmarks, not timed tests.
 */
@Timeout(240)
class NationalBenchIT {
  @TempDir Path work;

  @Test
  void aSmallNationalBenchmarkReportsTheFloorTheLoadAndAnExactStore() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    boolean equal;
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      equal = NationalBench.run(new NationalBench.Options(work, 0.003, 5, 2023, 0.02, "ctf"), out);
    }
    String report = bytes.toString(StandardCharsets.UTF_8);

    assertThat(equal).as(report).isTrue();
    assertThat(report)
        .containsPattern("figures equal the manifest: yes \\(England, 9 regions, 1[0-9]{2} LAs\\)");
    Matcher files =
        Pattern.compile("files: (\\d+) accepted, (\\d+) rejected \\(manifest: (\\d+) rejected\\)")
            .matcher(report);
    assertThat(files.find()).as(report).isTrue();
    assertThat(files.group(2)).isEqualTo(files.group(3));
    assertThat((double) Integer.parseInt(files.group(1)) + Integer.parseInt(files.group(2)))
        .as("every file accepted or rejected")
        .isEqualTo(number(report, "; ([0-9]+) files,"));
    double floor = number(report, "parse floor \\(one StAX pass, one thread\\)\\s+([0-9.]+) s");
    double load = number(report, "first file staged to final figures\\s+([0-9.]+) s");
    double ratio = number(report, "= ([0-9.]+)x the floor");
    assertThat(floor).isPositive();
    assertThat(load / ratio)
        .as("the ratio is the load over the floor (printed to 0.01 s and 0.001 s)")
        .isCloseTo(floor, org.assertj.core.data.Offset.offset(0.005));
    double jdkFloor = number(report, "JDK-StAX floor \\(the fixed reference\\)\\s+([0-9.]+) s");
    double jdkRatio = number(report, "x the floor, ([0-9.]+)x the JDK-StAX floor");
    assertThat(jdkFloor).isPositive();
    assertThat(load / jdkRatio)
        .as("the second ratio is the load over the JDK-StAX floor")
        .isCloseTo(jdkFloor, org.assertj.core.data.Offset.offset(0.005));
    assertThat(number(report, "CPU used during the load, every thread\\s+([0-9.]+) s"))
        .isPositive();
    assertThat(report).containsPattern("store time per file: first 10% [0-9.]+ ms, last 10%");

    // bench published, on the store the national bench left: each collection's view, and a
    // revision with nothing changed that hides exactly the same cells
    java.util.Properties readOnly = new java.util.Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    ByteArrayOutputStream published = new ByteArrayOutputStream();
    java.util.List<PublishedBench.Result> views;
    try (java.sql.Connection c =
            java.sql.DriverManager.getConnection(
                "jdbc:duckdb:" + work.resolve("data").resolve("ks1.duckdb"), readOnly);
        PrintStream out = new PrintStream(published, true, StandardCharsets.UTF_8)) {
      views = PublishedBench.run(c, uk.ks1.app.pipeline.Registered.collections().all(), 1, out);
    }
    assertThat(views)
        .extracting(PublishedBench.Result::collection)
        .containsExactly("KS1_TA", "PHONICS", "EYFSP");
    for (PublishedBench.Result v : views) {
      assertThat(v.year()).isEqualTo(2023);
      assertThat(v.cells()).as(v.toString()).isGreaterThan(v.hidden());
      assertThat(v.hidden()).as("small schools' cells are hidden: " + v).isPositive();
      assertThat(v.sameCells()).as(v.toString()).isTrue();
      assertThat(published.toString(StandardCharsets.UTF_8))
          .contains(
              String.format(
                  java.util.Locale.ROOT,
                  "%-8s %d: %,d cells, %,d hidden",
                  v.collection(),
                  v.year(),
                  v.cells(),
                  v.hidden()));
    }
  }

  private static double number(String report, String regex) {
    Matcher m = Pattern.compile(regex).matcher(report);
    assertThat(m.find()).as(regex + " in\n" + report).isTrue();
    return Double.parseDouble(m.group(1));
  }
}
