package uk.ks1.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import uk.ks1.testkit.CtfBuilder;
import uk.ks1.testkit.TestPupil;
import uk.ks1.testkit.TestUpns;

/**
 * The docker-compose setup's broker (apache/kafka, KRaft) in a container, and the app against it.
 * Skipped cleanly where no Docker engine runs (as on the build machines; ExternalKafkaIT covers the
 * same ground there with a broker process).
 */
@Testcontainers(disabledWithoutDocker = true)
@Timeout(300)
class DockerKafkaIT {
  @Container static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.1");

  @TempDir Path tmp;

  @Test
  void loadsAgainstTheContainerBroker() throws Exception {
    Path collection = tmp.resolve("collection");
    CtfBuilder.school("3302001")
        .pupil(TestPupil.of(TestUpns.unique("330", "2001", 1), "GDS", "EXS", "EXS", "EXS"))
        .pupil(TestPupil.of(TestUpns.unique("330", "2001", 2), "WTS", "EXS", "EXS", "HNM"))
        .writeTo(collection.resolve("330"));
    Path data = tmp.resolve("data");
    assertThat(
            Ks1.execute(
                "load",
                "--data",
                data.toString(),
                "--kafka",
                KAFKA.getBootstrapServers(),
                collection.toString()))
        .isZero();
    assertThat(
            StoreQueries.one(
                data.resolve("ks1.duckdb"),
                "SELECT pupils, reading_exs_plus, reading_gds FROM national_summary"))
        .isEqualTo("2|1|1");
  }
}
