package uk.ks1.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import uk.ks1.core.event.DeadLetter;
import uk.ks1.core.event.Inbound;
import uk.ks1.core.json.Json;
import uk.ks1.core.topic.Topic;
import uk.ks1.core.topic.Topics;

/**
 * Decodes a consumed record as the value type its topic declares in the catalogue: JSON of that
 * type, except a dead letter, whose bytes are the original record's and whose meaning is in its
 * headers. A value that cannot be decoded throws with the reason (never quoting the value).
 */
public final class TopicValues {
  private TopicValues() {}

  /** A record of any topic of the catalogue. */
  public static Inbound decode(ConsumerRecord<String, byte[]> record) {
    return decode(Topics.named(record.topic()), record);
  }

  /** A record of {@code topic}. */
  public static <V extends Inbound> V decode(
      Topic<V> topic, ConsumerRecord<String, byte[]> record) {
    if (!topic.name().equals(record.topic())) {
      throw new IllegalArgumentException(
          "A record of " + record.topic() + " is not a value of " + topic.name());
    }
    if (topic.valueType() == DeadLetter.class) {
      return topic.valueType().cast(DeadLetters.read(record));
    }
    if (record.value() == null) {
      throw new IllegalArgumentException("Not a " + topic.valueType().getSimpleName() + ": empty");
    }
    return Json.read(record.value(), topic.valueType());
  }
}
