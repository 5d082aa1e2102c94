package uk.ks1.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

/** {@code ks1 run} as its own process: starts, takes a dropped file, stops cleanly on SIGTERM. */
@Timeout(120)
class RunCommandIT {
  @TempDir Path tmp;

  @Test
  void runStartsInSecondsProcessesADroppedFileAndStopsCleanly() throws Exception {
    Path data = tmp.resolve("data");
    long started = System.nanoTime();
    RunningService service = RunningService.start(data, "--http-port", "0");
    System.out.printf("run was ready after %d ms%n", (System.nanoTime() - started) / 1_000_000);
    try {
      CtfBuilder.school("3302001")
          .pupil(TestPupil.of(TestUpns.unique("330", "2001", 1), "GDS", "EXS", "EXS", "EXS"))
          .writeTo(data.resolve("inbox/330"));
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> Files.exists(data.resolve("done/330/3302001_KS1_330LLLL_001.xml")));
      await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () ->
                  service.output().stream()
                      .anyMatch(l -> l.contains("Accepted 3302001_KS1_330LLLL_001.xml")));
      // the aggregate says when the submission is in the store (which only it may open now)
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> service.output().stream().anyMatch(l -> l.contains("and 1 submission(s)")));
      // the dashboard's API serves the figures while the service runs
      String dashboard =
          service.output().stream()
              .filter(l -> l.contains("Dashboard: "))
              .map(l -> l.replaceAll(".*Dashboard: (http://[^/]+)/.*", "$1"))
              .findFirst()
              .orElseThrow();
      assertThat(dashboard).startsWith("http://127.0.0.1:");
      HttpClient http = HttpClient.newHttpClient();
      await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () ->
                  http.send(
                          HttpRequest.newBuilder(URI.create(dashboard + "/api/national")).build(),
                          HttpResponse.BodyHandlers.ofString())
                      .body()
                      .contains("\"pupils\":1,"));
    } finally {
      service.close(); // SIGTERM, as Ctrl-C: the shutdown hook stops the pipeline
    }
    List<String> output = service.output();
    System.out.println(String.join("\n", output));
    assertThat(output).anyMatch(l -> l.contains("Stopped cleanly."));
    assertThat(output).noneMatch(l -> l.contains("ERROR"));
    // stopped cleanly means the store was closed and can be read by another process
    assertThat(
            StoreQueries.one(
                data.resolve("ks1.duckdb"), "SELECT pupils, reading_gds FROM national_summary"))
        .isEqualTo("1|1");
  }
}
