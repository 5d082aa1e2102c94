package uk.ks1.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import uk.ks1.testkit.CtfBuilder;
import uk.ks1.testkit.TestPupil;
import uk.ks1.testkit.TestUpns;

/**
 * {@code ks1 delete} while {@code ks1 run} holds the data folder: the request reaches the running
 * service's broker (found through kafka/bootstrap.txt), Kafka's acknowledgement is the answer, and
 * the service removes the submission from every figure.
 */
@Timeout(180)
class DeleteWhileRunningIT {
  @TempDir Path tmp;

  @Test
  void deleteReachesTheRunningServiceThroughItsBroker() throws Exception {
    Path data = tmp.resolve("data");
    Path store = data.resolve("ks1.duckdb");
    CtfBuilder.school("3302001")
        .pupil(TestPupil.of(TestUpns.unique("330", "2001", 1), "GDS", "EXS", "EXS", "EXS"))
        .writeTo(tmp.resolve("in/330"));
    CtfBuilder.school("3302002")
        .pupil(TestPupil.of(TestUpns.unique("330", "2002", 1), "EXS", "EXS", "EXS", "EXS"))
        .pupil(TestPupil.of(TestUpns.unique("330", "2002", 2), "A", "A", "A", "A"))
        .writeTo(tmp.resolve("in/330"));
    assertThat(Ks1.execute("load", "--data", data.toString(), tmp.resolve("in").toString()))
        .isZero();
    String id =
        StoreQueries.one(store, "SELECT submission_id FROM submissions WHERE laestab = '3302001'");
    assertThat(data.resolve("kafka/bootstrap.txt")).doesNotExist();

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    try (RunningService service = RunningService.start(data)) {
      assertThat(data.resolve("kafka/bootstrap.txt")).isRegularFile();
      // the store is the service's now: the data-errors report comes from the analysts' snapshot
      StringWriter reportErr = new StringWriter();
      Path reports = tmp.resolve("reports");
      assertThat(
              Ks1.execute(
                  new PrintWriter(new StringWriter(), true),
                  new PrintWriter(reportErr, true),
                  "report",
                  "errors",
                  "--data",
                  data.toString(),
                  "--la",
                  "330",
                  "--out",
                  reports.toString()))
          .as("%s", reportErr)
          .isZero();
      assertThat(reportErr.toString()).contains("comes from the analysts' snapshot");
      List<String> lines =
          Files.readAllLines(reports.resolve("data-errors-330.csv"), StandardCharsets.UTF_8);
      assertThat(lines).hasSize(2);
      assertThat(lines.get(1))
          .startsWith("330,3302002,Test Primary School,")
          .contains(",2,,,,Results,R11,query,");
      int exit =
          Ks1.execute(
              new PrintWriter(out, true),
              new PrintWriter(err, true),
              "delete",
              "--data",
              data.toString(),
              id);
      assertThat(exit).as("%s", err).isZero();
      service.awaitLine(
          "Deleted submission " + id + ": its data left every figure", Duration.ofSeconds(30));
      // the service's snapshot publisher shows analysts the deletion within seconds
      Path snapshot = data.resolve("analytics/ks1.duckdb");
      await()
          .atMost(Duration.ofSeconds(5))
          .pollInterval(Duration.ofMillis(100))
          .untilAsserted(
              () ->
                  assertThat(
                          StoreQueries.rows(
                              snapshot,
                              "SELECT laestab, status FROM submissions UNION ALL SELECT"
                                  + " 'national', schools || '|' || pupils FROM national_summary"
                                  + " ORDER BY 1"))
                      .containsExactly("3302001|deleted", "3302002|successful", "national|1|2"));
    }
    assertThat(out.toString())
        .startsWith("Deletion of " + id + " requested: Kafka acknowledged it (ks1.submissions.v1");
    assertThat(StoreQueries.rows(store, "SELECT laestab, status FROM submissions ORDER BY 1"))
        .containsExactly("3302001|deleted", "3302002|successful");
    assertThat(StoreQueries.one(store, "SELECT schools, pupils, reading_gds FROM national_summary"))
        .isEqualTo("1|2|0");
    assertThat(Files.exists(data.resolve("kafka/bootstrap.txt"))).isFalse();
  }
}
