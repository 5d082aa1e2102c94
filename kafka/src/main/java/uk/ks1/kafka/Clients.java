package uk.ks1.kafka;

import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;

/**
 * Makes a consumer loop's clients, a new pair for each connection: after the broker is lost the
 * loop closes both and starts again from what is committed.
 */
public interface Clients {
  Consumer<String, byte[]> consumer();

  Producer<String, byte[]> producer();

  /** Real clients with these settings (see {@link ConsumerDefaults}, {@link ProducerDefaults}). */
  static Clients of(Map<String, Object> consumer, Map<String, Object> producer) {
    Map<String, Object> c = Map.copyOf(consumer);
    Map<String, Object> p = Map.copyOf(producer);
    return new Clients() {
      @Override
      public Consumer<String, byte[]> consumer() {
        return new KafkaConsumer<>(c);
      }

      @Override
      public Producer<String, byte[]> producer() {
        return new KafkaProducer<>(p);
      }
    };
  }
}
