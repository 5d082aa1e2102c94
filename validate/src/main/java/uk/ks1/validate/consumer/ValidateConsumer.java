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

  private final Map<String, Object> kafka;
  private final String instance;
  private final ValidateHandler handler;
  private volatile boolean running = true;
  private volatile KafkaConsumer<String, byte[]> consumer;

  public ValidateConsumer(
      Map<String, Object> kafka, SubmissionValidator validator, Clock clock, String instance) {
    this.kafka = Map.copyOf(kafka);
    this.instance = instance;
    this.handler = new ValidateHandler(validator, clock);
  }

  /**
   * Runs until {@link #stop()}. If the broker goes away mid-transaction, the transaction is aborted
   * and the clients are made again, resuming from the last committed offsets: nothing is lost and
   * nothing is validated into the topic twice.
   */
  @Override
  public void run() {
    while (running) {
      try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(consumerConfig(kafka));
          KafkaProducer<String, byte[]> producer =
              new KafkaProducer<>(producerConfig(kafka, instance))) {
        consumer = c;
        if (!running) {
          return;
        }
        producer.initTransactions();
        List<TopicPartition> partitions =
            c.partitionsFor(Topics.SUBMISSIONS.name()).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition()))
                .toList();
        c.assign(partitions);
        while (running) {
          ConsumerRecords<String, byte[]> records = c.poll(Duration.ofMillis(500));
          if (!records.isEmpty()) {
            processInTransaction(c, producer, records);
          }
        }
      } catch (WakeupException e) {
        // stop() was called
      } catch (ProducerFencedException | AuthorizationException e) {
        running = false;
        throw e; // another instance owns this transactional id, or we may not write: fatal
      } catch (KafkaException e) {
        if (running) {
          LOG.warn("Validate lost the broker ({}); reconnecting", e.toString());
          pause();
        }
      }
    }
  }

  private void processInTransaction(
      KafkaConsumer<String, byte[]> c,
      KafkaProducer<String, byte[]> producer,
      ConsumerRecords<String, byte[]> records) {
    producer.beginTransaction();
    try {
      Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
      for (ConsumerRecord<String, byte[]> record : records) {
        producer.send(handler.handle(record));
        next.put(
            new TopicPartition(record.topic(), record.partition()),
            new OffsetAndMetadata(record.offset() + 1));
      }
      producer.sendOffsetsToTransaction(next, c.groupMetadata());
      producer.commitTransaction();
    } catch (ProducerFencedException | OutOfOrderSequenceException | AuthorizationException e) {
      throw e;
    } catch (KafkaException e) {
      LOG.warn("Validate transaction aborted, the batch will be read again: {}", e.toString());
      producer.abortTransaction(); // if this fails too, run() makes new clients
      rewindToCommitted(c);
    }
  }

  private static void rewindToCommitted(KafkaConsumer<String, byte[]> c) {
    var committed = c.committed(c.assignment());
    for (TopicPartition tp : c.assignment()) {
      OffsetAndMetadata offset = committed.get(tp);
      if (offset == null) {
        c.seekToBeginning(List.of(tp));
      } else {
        c.seek(tp, offset.offset());
      }
    }
  }

  private static void pause() {
    try {
      Thread.sleep(1000); // a pause between reconnection attempts, not a wait for an event
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Stops the loop from another thread; {@link #run()} returns after closing its clients. */
  public void stop() {
    running = false;
    KafkaConsumer<String, byte[]> c = consumer;
    if (c != null) {
      c.wakeup();
    }
  }

  private static Map<String, Object> consumerConfig(Map<String, Object> kafka) {
    Map<String, Object> c = new HashMap<>(kafka);
    c.put(ConsumerConfig.GROUP_ID_CONFIG, GROUP);
    c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    c.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
    // Bigger batches per transaction: the broker answers a fetch when this much is waiting, or
    // after 100 ms (a backlog fills a fetch at once; when files trickle in, each waits up to
    // 100 ms). Every Kafka transaction costs the broker a handful of requests and a marker per
    // partition: at 10 ms a national load made about 2,100 transactions of 8 submissions.
    c.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 524_288);
    c.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 100);
    c.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    c.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    return c;
  }

  private static Map<String, Object> producerConfig(Map<String, Object> kafka, String instance) {
    Map<String, Object> p = new HashMap<>(kafka);
    p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "ks1-validate-" + instance);
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "none");
    p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    // A transaction's records for a partition in one batch of up to 256 KB, not many of 16 KB (the
    // default) sent one request after another with one request in flight.
    p.put(ProducerConfig.BATCH_SIZE_CONFIG, 262_144);
    // One request in flight: a transaction's first write to a partition is checked with the
    // transaction coordinator first (transactions v2), and a second request sent meanwhile was
    // refused as out of order (retried, so nothing was wrong, but the broker logged an ERROR on
    // every start). A transaction's records go in one or two requests, so little waits on it.
    p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    return p;
  }
}
