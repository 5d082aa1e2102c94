package uk.ks1.app.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import uk.ks1.kafka.ProducerDefaults;

/**
 * How a command sends its events (a deletion, a change to the list of schools, a confirmation):
 * idempotent, acknowledged by all in-sync replicas ({@link ProducerDefaults}), and returning only
 * once Kafka took every one. A broker that is not there is said within the minute.
 */
public final class CommandProducer {
  private CommandProducer() {}

  /** Sends the records in order and waits for each acknowledgement; {@code what} names them. */
  public static List<RecordMetadata> send(
      String bootstrap, List<ProducerRecord<String, byte[]>> records, String what)
      throws InterruptedException {
    Map<String, Object> config =
        ProducerDefaults.of(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
    config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 15_000);
    config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config)) {
      List<Future<RecordMetadata>> sent = new ArrayList<>();
      for (ProducerRecord<String, byte[]> r : records) {
        sent.add(producer.send(r));
      }
      List<RecordMetadata> acks = new ArrayList<>();
      for (Future<RecordMetadata> f : sent) {
        acks.add(f.get(45, TimeUnit.SECONDS));
      }
      return acks;
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException(
          "Kafka at " + bootstrap + " did not take the " + what + ": " + e.getMessage(), e);
    }
  }
}
