package uk.ks1.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import uk.ks1.app.pipeline.Ks1Config;
import uk.ks1.app.pipeline.Pipeline;
import uk.ks1.core.event.SubmissionReceived;
import uk.ks1.core.event.SubmissionStatus;
import uk.ks1.core.event.SubmissionValidated;
import uk.ks1.core.json.Json;
import uk.ks1.core.topic.Topics;
import uk.ks1.testkit.CtfBuilder;
import uk.ks1.testkit.Records;
import uk.ks1.testkit.SqlRows;
import uk.ks1.testkit.TestPupil;
import uk.ks1.testkit.TestUpns;

/** Poison records go to the dead letters with their reason; duplicates count once; all goes on. */
@Timeout(120)
class DeadLetterIT {
  @TempDir Path tmp;

  @Test
  void poisonRecordsAreDeadLetteredDuplicatesCountOnceAndTheNextFileIsProcessed() throws Exception {
    Path data = tmp.resolve("data");
    Ks1Config config = new Ks1Config(data, 2023, null, 100, 100, 1 << 20);
    try (Pipeline pipeline = Pipeline.start(config, Clock.systemUTC(), null)) {
      String bootstrap = Files.readString(data.resolve("kafka/bootstrap.txt")).strip();
      SubmissionReceived submission =
          Records.submission(
              "3302001",
              2023,
              List.of(
                  Records.pupil(1, TestUpns.unique("330", "2001", 1), "GDS", "GDS", "GDS", "EXS")));
      SubmissionValidated broken =
          new SubmissionValidated(null, SubmissionStatus.SUCCESSFUL, List.of(), Instant.EPOCH);
      try (KafkaProducer<String, byte[]> producer =
          new KafkaProducer<>(
              Map.of(
                  ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                  ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                  ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
        byte[] junk = "not json at all".getBytes(StandardCharsets.UTF_8);
        producer.send(new ProducerRecord<>(Topics.SUBMISSIONS.name(), "3302001", junk)).get();
        producer.send(new ProducerRecord<>(Topics.VALIDATED.name(), "3302002", junk)).get();
        producer
            .send(new ProducerRecord<>(Topics.VALIDATED.name(), "3302003", Json.write(broken)))
            .get();
        for (int i = 0; i < 2; i++) { // the same submission delivered twice
          producer
              .send(
                  new ProducerRecord<>(
                      Topics.SUBMISSIONS.name(), "3302001", Json.write(submission)))
              .get();
        }
      }
      CtfBuilder.school("3302004")
          .pupil(TestPupil.of(TestUpns.unique("330", "2004", 1), "EXS", "EXS", "EXS", "EXS"))
          .writeTo(data.resolve("inbox/330"));

      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () ->
                  query(pipeline, "SELECT count(*) FROM dead_letters").equals(List.of("3"))
                      && query(
                              pipeline,
                              // a file's submission is "processing" until validate reports it
                              "SELECT count(*) FROM submissions WHERE status <> 'processing'")
                          .equals(List.of("2")));

      assertThat(
              query(
                  pipeline,
                  "SELECT record_key, reason LIKE 'validate could not use this record%' FROM dead_letters WHERE origin LIKE 'ks1.submissions.v1/%'"))
          .containsExactly("3302001|true");
      assertThat(
              query(
                  pipeline,
                  "SELECT record_key, reason LIKE 'aggregate could not decode this record%' FROM dead_letters WHERE record_key = '3302002'"))
          .containsExactly("3302002|true");
      assertThat(
              query(
                  pipeline,
                  "SELECT origin LIKE 'ks1.validated.v1/%', reason LIKE 'aggregate could not store this record%' FROM dead_letters WHERE record_key = '3302003'"))
          .containsExactly("true|true");
      assertThat(query(pipeline, "SELECT laestab, pupils FROM submissions ORDER BY laestab"))
          .containsExactly("3302001|1", "3302004|1");
      assertThat(query(pipeline, "SELECT schools, pupils, reading_gds FROM national_summary"))
          .containsExactly("2|2|1");
    }
  }

  private static List<String> query(Pipeline pipeline, String sql) throws Exception {
    try (DuckDBConnection c = pipeline.store().reader()) {
      return SqlRows.of(c, sql);
    }
  }
}
