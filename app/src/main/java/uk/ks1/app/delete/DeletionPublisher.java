package uk.ks1.app.delete;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import uk.ks1.core.event.DeletionRequested;
import uk.ks1.core.event.SubmissionEvent;
import uk.ks1.core.json.Json;
import uk.ks1.core.topic.Topics;
import uk.ks1.kafka.ProducerDefaults;

/**
 * Sends a {@link DeletionRequested} on {@code ks1.submissions.v1}, keyed by the school like its
 * submissions so it is applied in order after them, and returns once Kafka acknowledged it (all
 * in-sync replicas, idempotent: {@link ProducerDefaults}).
 */
public final class DeletionPublisher {
  private DeletionPublisher() {}

  public static RecordMetadata publish(String bootstrap, DeletionRequested request)
      throws InterruptedException {
    Map<String, Object> config =
        ProducerDefaults.of(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
    // a command waits for its answer: a broker that is not there is said within the minute
    config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 15_000);
    config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config)) {
      ProducerRecord<String, byte[]> record =
          new ProducerRecord<>(
              Topics.SUBMISSIONS.name(), request.laestab(), Json.write((SubmissionEvent) request));
      return producer.send(record).get(45, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException(
          "Kafka at " + bootstrap + " did not take the deletion request: " + e.getMessage(), e);
    }
  }
}
