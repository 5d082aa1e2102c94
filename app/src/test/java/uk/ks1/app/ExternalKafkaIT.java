package uk.ks1.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import uk.ks1.testkit.CtfBuilder;
import uk.ks1.testkit.TestPupil;
import uk.ks1.testkit.TestUpns;

/**
 * The app against a real broker over the network (a {@code kafka.Kafka} process of its own), in one
 * process and with its roles split across two processes: the store must equal the embedded mode's,
 * table for table.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(240)
class ExternalKafkaIT {
  private static final String[] CODES = {"GDS", "EXS", "WTS", "PK2", "A"};
  @TempDir static Path tmp;
  private Path collection;
  private int files;
  private Map<String, List<String>> embedded;
  private KafkaBrokerProcess broker;

  @BeforeAll
  void embeddedRunAndBroker() throws Exception {
    collection = tmp.resolve("collection");
    int n = 0;
    for (String la : List.of("201", "330", "926")) {
      for (int s = 0; s < 4; s++) {
        String laestab = la + (4000 + s);
        List<TestPupil> pupils = new ArrayList<>();
        for (int p = 1; p <= 9; p++) {
          n++;
          pupils.add(
              TestPupil.of(
                  TestUpns.unique(la, laestab.substring(3), p),
                  CODES[n % 5],
                  CODES[(n / 2) % 5],
                  CODES[(n / 3) % 5],
                  n % 3 == 0 ? "HNM" : "EXS"));
        }
        CtfBuilder.school(laestab).pupils(pupils).writeTo(collection.resolve(la));
        files++;
      }
    }
    Path data = tmp.resolve("embedded");
    assertThat(Ks1.execute("load", "--data", data.toString(), collection.toString())).isZero();
    embedded = TableDump.of(data.resolve("ks1.duckdb"), false);
    broker = new KafkaBrokerProcess(tmp.resolve("broker")).start();
  }

  @AfterAll
  void stopBroker() throws Exception {
    broker.close();
  }

  /**
   * A data folder of a process against the external broker. They all share the pupil-key secret,
   * the master key and one key store (as a shared volume would give them): what one process seals,
   * any other opens, whichever test wrote it to the broker they share.
   */
  private Path dataFolder(String name) throws Exception {
    Path data = tmp.resolve(name);
    Files.createDirectories(data);
    Files.copy(tmp.resolve("embedded/pupil-key.secret"), data.resolve("pupil-key.secret"));
    Files.copy(
        tmp.resolve("embedded/master-key.secret"),
        data.resolve("master-key.secret"),
        StandardCopyOption.COPY_ATTRIBUTES);
    Files.createSymbolicLink(
        data.resolve("keys"), Files.createDirectories(tmp.resolve("shared-keys")));
    return data;
  }

  @Test
  void loadAgainstAnExternalBrokerGivesTheSameStoreAsTheEmbeddedOne() throws Exception {
    Path data = dataFolder("external");
    assertThat(
            Ks1.execute(
                "load",
                "--data",
                data.toString(),
                "--kafka",
                broker.bootstrap(),
                collection.toString()))
        .isZero();
    TableDump.assertSame(TableDump.of(data.resolve("ks1.duckdb"), false), embedded);
    assertThat(data.resolve("kafka")).doesNotExist();
  }

  @Test
  void ingestAndValidateInOneProcessAggregateAndReportingInAnotherGiveTheSameStore()
      throws Exception {
    Path front = dataFolder("front");
    Path back = dataFolder("back");
    try (ChildJvm ingest =
            ChildJvm.start(
                List.of(),
                "uk.ks1.app.Ks1",
                "run",
                "--roles",
                "ingest,validate",
                "--kafka",
                broker.bootstrap(),
                "--data",
                front.toString());
        ChildJvm store =
            ChildJvm.start(
                List.of(),
                "uk.ks1.app.Ks1",
                "run",
                "--roles",
                "aggregate,reporting",
                "--kafka",
                broker.bootstrap(),
                "--data",
                back.toString(),
                "--http-port",
                "0")) {
      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () ->
                  ingest.output().stream().anyMatch(l -> l.contains("is running"))
                      && store.output().stream().anyMatch(l -> l.contains("is running")));
      try (Stream<Path> sources = Files.walk(collection)) {
        for (Path source : sources.filter(Files::isRegularFile).toList()) {
          Path inbox = front.resolve("inbox").resolve(source.getParent().getFileName());
          Files.createDirectories(inbox);
          Path hidden = inbox.resolve("." + source.getFileName());
          Files.copy(source, hidden, StandardCopyOption.COPY_ATTRIBUTES);
          Files.move(hidden, inbox.resolve(source.getFileName()), StandardCopyOption.ATOMIC_MOVE);
        }
      }
      await()
          .atMost(Duration.ofSeconds(90))
          .until(() -> storedSubmissions(store.output()) >= files);
      assertThat(ingest.terminate(30)).isIn(0, 143);
      assertThat(store.terminate(30)).isIn(0, 143);
    }
    TableDump.assertSame(TableDump.of(back.resolve("ks1.duckdb"), false), embedded);
    assertThat(back.resolve("inbox")).doesNotExist();
    assertThat(front.resolve("ks1.duckdb")).doesNotExist();
  }

  /** Sums "Stored N file outcome(s) and M submission(s)" lines' M. */
  private static int storedSubmissions(List<String> output) {
    int total = 0;
    for (String line : output) {
      int at = line.indexOf(" and ");
      if (line.contains("Stored ") && at > 0 && line.endsWith(" submission(s)")) {
        total += Integer.parseInt(line.substring(at + 5, line.indexOf(' ', at + 5)));
      }
    }
    return total;
  }
}
