package uk.ks1.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;
import uk.ks1.core.event.DeadLetter;
import uk.ks1.core.event.DeletionRequested;
import uk.ks1.core.event.FileFacts;
import uk.ks1.core.event.FileProcessed;
import uk.ks1.core.event.Inbound;
import uk.ks1.core.event.SubmissionEvent;
import uk.ks1.core.event.ValidatedEvent;
import uk.ks1.core.json.Json;
import uk.ks1.core.topic.Topics;

/** Each topic's records decode as the value type the catalogue declares for it. */
class TopicValuesTest {
  private static final Instant AT = Instant.parse("2023-06-21T09:00:00Z");
  private static final DeletionRequested DELETION =
      new DeletionRequested("S1", "3302001", AT, "sent twice");

  private static ConsumerRecord<String, byte[]> record(String topic, byte[] value) {
    return new ConsumerRecord<>(topic, 3, 41, "3302001", value);
  }

  @Test
  void aDeletionDecodesAsTheValueTypeOfEachTopicItIsOn() {
    Inbound onSubmissions =
        TopicValues.decode(record("ks1.submissions.v1", Json.write((SubmissionEvent) DELETION)));
    Inbound onValidated =
        TopicValues.decode(record("ks1.validated.v1", Json.write((ValidatedEvent) DELETION)));
    assertThat(onSubmissions).isEqualTo(DELETION).isInstanceOf(SubmissionEvent.class);
    assertThat(onValidated).isEqualTo(DELETION).isInstanceOf(ValidatedEvent.class);
    SubmissionEvent typed =
        TopicValues.decode(
            Topics.SUBMISSIONS,
            record("ks1.submissions.v1", Json.write((SubmissionEvent) DELETION)));
    assertThat(typed).isEqualTo(DELETION);
  }

  @Test
  void aFileOutcomeDecodesAsFileProcessed() {
    FileProcessed outcome =
        new FileProcessed(
            new FileFacts("F1", "330", "a.xml", "abc", "ctf", 12, AT),
            true,
            List.of("S1"),
            List.of("3302001"),
            List.of(),
            Map.of(),
            AT);
    assertThat(TopicValues.decode(record("ks1.files.v1", Json.write(outcome)))).isEqualTo(outcome);
  }

  @Test
  void aDeadLetterIsItsOriginalBytesWithWhereAndWhyFromItsHeaders() {
    ConsumerRecord<String, byte[]> source =
        record("ks1.validated.v1", "not json".getBytes(StandardCharsets.UTF_8));
    ProducerRecord<String, byte[]> sent = DeadLetters.of(source, "aggregate could not decode");
    assertThat(sent.topic()).isEqualTo("ks1.dlq.v1");
    ConsumerRecord<String, byte[]> received =
        new ConsumerRecord<>(
            sent.topic(),
            0,
            7,
            AT.toEpochMilli(),
            TimestampType.CREATE_TIME,
            0,
            0,
            sent.key(),
            sent.value(),
            new RecordHeaders(sent.headers().toArray()),
            Optional.empty());

    DeadLetter dead = (DeadLetter) TopicValues.decode(received);

    assertThat(dead.origin()).isEqualTo("ks1.validated.v1/3@41");
    assertThat(dead.reason()).isEqualTo("aggregate could not decode");
    assertThat(dead.key()).isEqualTo("3302001");
    assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("not json");
    assertThat(dead.at()).isEqualTo(AT);
  }

  @Test
  void aValueThatIsNotItsTopicsTypeIsRefusedWithTheReasonAndNoPieceOfTheValue() {
    byte[] junk = "{\"type\":\"B801200005001\"}".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> TopicValues.decode(record("ks1.submissions.v1", junk)))
        .hasMessageStartingWith("Not a SubmissionEvent: ")
        .message()
        .doesNotContain("B801200005001");
    assertThatThrownBy(() -> TopicValues.decode(record("ks1.files.v1", null)))
        .hasMessage("Not a FileProcessed: empty");
  }

  @Test
  void aTopicOutsideTheCatalogueOrTheWrongOneIsRefused() {
    byte[] value = Json.write((SubmissionEvent) DELETION);
    assertThatThrownBy(() -> TopicValues.decode(record("ks1.other.v1", value)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ks1.other.v1 is not a topic of the catalogue");
    assertThatThrownBy(() -> TopicValues.decode(Topics.VALIDATED, record("ks1.files.v1", value)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A record of ks1.files.v1 is not a value of ks1.validated.v1");
  }
}
