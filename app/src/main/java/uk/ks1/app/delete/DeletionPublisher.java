package uk.ks1.app.delete;

import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import uk.ks1.app.pipeline.CommandProducer;
import uk.ks1.core.event.DeletionRequested;
import uk.ks1.core.event.SubmissionEvent;
import uk.ks1.core.json.Json;
import uk.ks1.core.topic.Topics;

/**
 * Sends a {@link DeletionRequested} on {@code ks1.submissions.v1}, keyed by the school like its
 * submissions so it is applied in order after them, and returns once Kafka acknowledged it ({@link
 * CommandProducer}).
 */
public final class DeletionPublisher {
  private DeletionPublisher() {}

  public static RecordMetadata publish(String bootstrap, DeletionRequested request)
      throws InterruptedException {
    ProducerRecord<String, byte[]> record =
        new ProducerRecord<>(
            Topics.SUBMISSIONS.name(), request.laestab(), Json.write((SubmissionEvent) request));
    return CommandProducer.send(bootstrap, List.of(record), "deletion request").get(0);
  }
}
