package uk.ks1.validate.consumer;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import uk.ks1.core.topic.Topics;

/**
 * Builds the {@code ks1.dlq.v1} record for a value a consumer could not use: the original key and
 * bytes, with where it came from and why in headers.
 */
public final class DeadLetters {
  public static final String REASON = "ks1.error";
  public static final String ORIGIN = "ks1.origin";

  private DeadLetters() {}

  public static ProducerRecord<String, byte[]> of(
      ConsumerRecord<String, byte[]> source, String why) {
    ProducerRecord<String, byte[]> dead =
        new ProducerRecord<>(Topics.DLQ.name(), source.key(), source.value());
    String origin = source.topic() + "/" + source.partition() + "@" + source.offset();
    dead.headers().add(ORIGIN, origin.getBytes(StandardCharsets.UTF_8));
    dead.headers().add(REASON, why.getBytes(StandardCharsets.UTF_8));
    return dead;
  }
}
