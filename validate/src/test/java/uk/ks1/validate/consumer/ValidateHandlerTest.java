package uk.ks1.validate.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import uk.ks1.collections.ks1ta.Ks1Ta;
import uk.ks1.core.collection.CollectionRegistry;
import uk.ks1.core.event.DeletionRequested;
import uk.ks1.core.event.SubmissionEvent;
import uk.ks1.core.event.SubmissionReceived;
import uk.ks1.core.event.SubmissionStatus;
import uk.ks1.core.event.SubmissionValidated;
import uk.ks1.core.event.ValidatedEvent;
import uk.ks1.core.event.ValidationIssue;
import uk.ks1.core.json.Json;
import uk.ks1.testkit.Records;
import uk.ks1.validate.RuleCatalogue;
import uk.ks1.validate.SubmissionValidator;
import uk.ks1.validate.strict.StrictMode;

/** The validate role's work without a broker: one record of the submissions topic in, one out. */
class ValidateHandlerTest {
  private static final Instant NOW = Instant.parse("2023-06-21T09:00:00Z");
  private static final uk.ks1.identities.IdentitySeal SEAL = uk.ks1.testkit.Seals.in(keys());

  private static java.nio.file.Path keys() {
    try {
      java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("ks1-keys");
      dir.toFile().deleteOnExit();
      return dir;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private final ValidateHandler handler =
      new ValidateHandler(
          new SubmissionValidator(
              RuleCatalogue.of(CollectionRegistry.of(Ks1Ta.definition())),
              StrictMode.forLas(Set.of("330"))),
          Clock.fixed(NOW, ZoneOffset.UTC),
          SEAL);

  private static ConsumerRecord<String, byte[]> consumed(String key, byte[] value) {
    return new ConsumerRecord<>("ks1.submissions.v1", 2, 17, key, value);
  }

  private static ValidatedEvent validated(ProducerRecord<String, byte[]> out) {
    assertThat(out.topic()).isEqualTo("ks1.validated.v1");
    assertThat(out.headers().toArray()).isEmpty();
    ValidatedEvent e = Json.read(out.value(), ValidatedEvent.class);
    // what goes on is sealed: no identity in the clear; the store's role opens it
    return e instanceof uk.ks1.core.event.SubmissionValidated v ? SEAL.open(v) : e;
  }

  private static String header(ProducerRecord<String, byte[]> r, String name) {
    return new String(r.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
  }

  @Test
  void aSubmissionIsValidatedAndKeyedByItsSchool() {
    SubmissionReceived s =
        Records.submission(
            "8012000", 2023, List.of(Records.pupil(1, Records.UPN, "EXS", "GDS", "WTS", "EXS")));

    ProducerRecord<String, byte[]> out =
        handler.apply(consumed("8012000", Json.write((SubmissionEvent) s)));

    assertThat(out.key()).isEqualTo("8012000");
    // in the log: the identities sealed, the pupil key in the clear
    assertThat(new String(out.value(), java.nio.charset.StandardCharsets.UTF_8))
        .doesNotContain(Records.UPN, "Alex", "Smith", "2016-01-15")
        .contains("\"sealed\":\"v1.");
    String key = new uk.ks1.core.identity.PupilKeys(new byte[32]).of(Records.UPN);
    var p = s.pupils().get(0);
    SubmissionReceived keyed =
        s.withIdentities(
            List.of(
                p.withIdentities(
                    p.upn(), p.formerUpn(), p.forename(), p.surname(), p.dateOfBirth(), key)),
            s.parseIssues(),
            null);
    assertThat(validated(out))
        .isEqualTo(new SubmissionValidated(keyed, SubmissionStatus.SUCCESSFUL, List.of(), NOW));
  }

  @Test
  void aDeletionIsPassedOnAsItCameInOrderWithTheSchoolsSubmissions() {
    DeletionRequested d =
        new DeletionRequested("S1", "8012000", NOW.minusSeconds(60), "sent twice");

    ProducerRecord<String, byte[]> out =
        handler.apply(consumed("8012000", Json.write((SubmissionEvent) d)));

    assertThat(out.key()).isEqualTo("8012000");
    assertThat(validated(out)).isEqualTo(d);
  }

  @Test
  void aSubmissionWithAnErrorFromAStrictLaIsAnUploadError() {
    SubmissionReceived s =
        Records.submission(
            "3302001",
            2023,
            List.of(
                Records.pupil(1, Records.UPN, "EXS", "EXS", "EXS", "EXS"),
                Records.pupil(2, "H801200001001", "HNM", "EXS", "EXS", "EXS")));

    SubmissionValidated v =
        (SubmissionValidated)
            validated(handler.apply(consumed("3302001", Json.write((SubmissionEvent) s))));

    assertThat(v.status()).isEqualTo(SubmissionStatus.UPLOAD_ERROR);
    assertThat(v.issues())
        .extracting(ValidationIssue::ruleId, ValidationIssue::row)
        .containsExactly(tuple("X02", null), tuple("R01", 2));
    assertThat(v.validatedAt()).isEqualTo(NOW);
  }

  @Test
  void aRecordThatIsNotASubmissionEventIsADeadLetterWithItsBytesOriginAndReason() {
    byte[] junk =
        "{\"type\":\"Gossip\",\"upn\":\"B801200005001\"}".getBytes(StandardCharsets.UTF_8);

    ProducerRecord<String, byte[]> out = handler.apply(consumed("3302001", junk));

    assertThat(out.topic()).isEqualTo("ks1.dlq.v1");
    assertThat(out.key()).isEqualTo("3302001");
    assertThat(out.value()).isEqualTo(junk);
    assertThat(header(out, "ks1.origin")).isEqualTo("ks1.submissions.v1/2@17");
    assertThat(header(out, "ks1.error"))
        .startsWith("validate could not use this record: Not a SubmissionEvent: ")
        .doesNotContain("B801200005001")
        .doesNotContain("Gossip");
  }

  @Test
  void aSubmissionEventThatLacksItsPupilsIsADeadLetterTooAndTheNextIsValidated() {
    // well-formed JSON of the right type, but a SubmissionReceived cannot be made without pupils
    byte[] broken =
        "{\"type\":\"SubmissionReceived\",\"laestab\":\"8012000\"}"
            .getBytes(StandardCharsets.UTF_8);

    ProducerRecord<String, byte[]> dead = handler.apply(consumed("8012000", broken));
    assertThat(dead.topic()).isEqualTo("ks1.dlq.v1");
    assertThat(header(dead, "ks1.error"))
        .isEqualTo(
            "validate could not use this record: Not a SubmissionEvent: Cannot construct instance"
                + " of `uk.ks1.core.event.SubmissionReceived`, problem: Cannot invoke \"...\""
                + " because \"...\" is null");

    SubmissionReceived s =
        Records.submission(
            "8012000", 2023, List.of(Records.pupil(1, Records.UPN, "A", "A", "A", "A")));
    assertThat(handler.apply(consumed("8012000", Json.write((SubmissionEvent) s))).topic())
        .isEqualTo("ks1.validated.v1");
  }
}
