package uk.ks1.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import uk.ks1.core.event.DeadLetter;
import uk.ks1.core.topic.Topics;

/**
 * Dead letters on {@code ks1.dlq.v1}, written and read in one place: the original key and bytes,
 * with where the record came from and why it could not be used in headers.
 */
public final class DeadLetters {
  /** Header: why the record could not be used. */
  public static final String REASON = "ks1.error";

  /** Header: where the record was, {@code topic/partition@offset}. */
  public static final String ORIGIN = "ks1.origin";

  private DeadLetters() {}

  /** The dead letter for a consumed record a role could not use, and why. */
  public static ProducerRecord<String, byte[]> of(
      ConsumerRecord<String, byte[]> source, String why) {
    ProducerRecord<String, byte[]> dead =
        new ProducerRecord<>(Topics.DLQ.name(), source.key(), source.value());
    dead.headers().add(ORIGIN, origin(source).getBytes(StandardCharsets.UTF_8));
    dead.headers().add(REASON, why.getBytes(StandardCharsets.UTF_8));
    return dead;
  }

  /** Where a record is: {@code topic/partition@offset}. */
  public static String origin(ConsumerRecord<?, ?> record) {
    return record.topic() + "/" + record.partition() + "@" + record.offset();
  }

  /** A record of {@code ks1.dlq.v1} as the catalogue's value type. */
  static DeadLetter read(ConsumerRecord<String, byte[]> record) {
    return new DeadLetter(
        header(record, ORIGIN),
        header(record, REASON),
        record.key(),
        record.value(),
        Instant.ofEpochMilli(record.timestamp()));
  }

  private static String header(ConsumerRecord<String, byte[]> record, String name) {
    Header h = record.headers().lastHeader(name);
    return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }
}
