package uk.ks1.validate.consumer;

import java.time.Clock;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import uk.ks1.core.event.DeletionRequested;
import uk.ks1.core.event.SubmissionEvent;
import uk.ks1.core.event.SubmissionReceived;
import uk.ks1.core.event.ValidatedEvent;
import uk.ks1.core.json.Json;
import uk.ks1.core.topic.Topics;
import uk.ks1.identities.IdentitySeal;
import uk.ks1.kafka.ConsumerLoop;
import uk.ks1.kafka.DeadLetters;
import uk.ks1.kafka.TopicValues;
import uk.ks1.validate.SubmissionValidator;

/**
 * What a record of {@code ks1.submissions.v1} means to the validate role. One consumed record in,
 * one record out: a validated submission (or a deletion passed on in order), or, for a record that
 * cannot be decoded or validated, a dead letter with the reason.
 */
public final class ValidateHandler implements ConsumerLoop.Transform {
  private final SubmissionValidator validator;
  private final Clock clock;
  private final IdentitySeal seal;

  /** {@code seal}: identities are opened to be checked, and sealed again before they go on. */
  public ValidateHandler(SubmissionValidator validator, Clock clock, IdentitySeal seal) {
    this.validator = validator;
    this.clock = clock;
    this.seal = seal;
  }

  @Override
  public ProducerRecord<String, byte[]> apply(ConsumerRecord<String, byte[]> record) {
    ValidatedEvent out;
    try {
      SubmissionEvent event = TopicValues.decode(Topics.SUBMISSIONS, record);
      if (event instanceof SubmissionReceived s) {
        SubmissionReceived opened = seal.open(s);
        out = seal.resealed(validator.validate(opened, clock.instant()), opened, s);
      } else {
        out = (DeletionRequested) event;
      }
    } catch (RuntimeException e) {
      return DeadLetters.of(record, "validate could not use this record: " + e.getMessage());
    }
    return new ProducerRecord<>(Topics.VALIDATED.name(), out.laestab(), Json.write(out));
  }
}
