package uk.ks1.validate.consumer;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.ks1.core.topic.Topics;
import uk.ks1.validate.SubmissionValidator;

/**
 * The validate role's poll loop: consume {@code ks1.submissions.v1}, validate, produce {@code
 * ks1.validated.v1} and commit the consumed offsets in the same Kafka transaction, so each
 * submission is validated exactly once. The work itself is {@link ValidateHandler}.
 */
public final class ValidateConsumer implements Runnable {
  public static final String GROUP = "ks1-validate";
  private static final Logger LOG = LoggerFactory.getLogger(ValidateConsumer.class);

  private final KafkaConsumer<String, byte[]> consumer;
  private final KafkaProducer<String, byte[]> producer;
  private final ValidateHandler handler;
  private volatile boolean running = true;

  public ValidateConsumer(
      Map<String, Object> kafka, SubmissionValidator validator, Clock clock, String instance) {
    this.consumer = new KafkaConsumer<>(consumerConfig(kafka));
    this.producer = new KafkaProducer<>(producerConfig(kafka, instance));
    this.handler = new ValidateHandler(validator, clock);
  }

  @Override
  public void run() {
    try {
      producer.initTransactions();
      List<TopicPartition> partitions =
          consumer.partitionsFor(Topics.SUBMISSIONS.name()).stream()
              .map(p -> new TopicPartition(p.topic(), p.partition()))
              .toList();
      consumer.assign(partitions);
      while (running) {
        ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(500));
        if (!records.isEmpty()) {
          processInTransaction(records);
        }
      }
    } catch (WakeupException e) {
      if (running) {
        throw e;
      }
    } finally {
      producer.close(Duration.ofSeconds(5));
      consumer.close(Duration.ofSeconds(5));
    }
  }

  private void processInTransaction(ConsumerRecords<String, byte[]> records) {
    producer.beginTransaction();
    try {
      Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
      for (ConsumerRecord<String, byte[]> record : records) {
        producer.send(handler.handle(record));
        next.put(
            new TopicPartition(record.topic(), record.partition()),
            new OffsetAndMetadata(record.offset() + 1));
      }
      producer.sendOffsetsToTransaction(next, consumer.groupMetadata());
      producer.commitTransaction();
    } catch (ProducerFencedException | OutOfOrderSequenceException | AuthorizationException e) {
      // Another instance took over this transactional id: this one must stop.
      running = false;
      throw e;
    } catch (KafkaException e) {
      LOG.warn("Validate transaction aborted, will retry the batch: {}", e.toString());
      producer.abortTransaction();
      rewindToCommitted();
    }
  }

  private void rewindToCommitted() {
    var committed = consumer.committed(consumer.assignment());
    for (TopicPartition tp : consumer.assignment()) {
      OffsetAndMetadata offset = committed.get(tp);
      if (offset == null) {
        consumer.seekToBeginning(List.of(tp));
      } else {
        consumer.seek(tp, offset.offset());
      }
    }
  }

  /** Stops the loop from another thread; {@link #run()} returns after closing its clients. */
  public void stop() {
    running = false;
    consumer.wakeup();
  }

  private static Map<String, Object> consumerConfig(Map<String, Object> kafka) {
    Map<String, Object> c = new HashMap<>(kafka);
    c.put(ConsumerConfig.GROUP_ID_CONFIG, GROUP);
    c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    c.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 200);
    c.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    c.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    return c;
  }

  private static Map<String, Object> producerConfig(Map<String, Object> kafka, String instance) {
    Map<String, Object> p = new HashMap<>(kafka);
    p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "ks1-validate-" + instance);
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    return p;
  }
}
