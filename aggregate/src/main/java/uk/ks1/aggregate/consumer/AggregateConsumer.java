package uk.ks1.aggregate.consumer;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.ks1.aggregate.store.Store;
import uk.ks1.aggregate.writer.CommitSummary;
import uk.ks1.aggregate.writer.Incoming;
import uk.ks1.aggregate.writer.StoreWriter;
import uk.ks1.core.topic.Topics;

/**
 * The aggregate role's poll loop. Reads validated submissions, file outcomes and dead letters,
 * starting from the offsets stored in DuckDB (the store, not Kafka, is the source of truth), and
 * writes each polled batch with its offsets in one transaction. A record it cannot decode goes to
 * {@code ks1.dlq.v1} with the reason, and the loop goes on.
 */
public final class AggregateConsumer implements Runnable {
  public static final String GROUP = "ks1-aggregate";
  public static final String DLQ_ORIGIN = "ks1.origin";
  public static final String DLQ_REASON = "ks1.error";
  private static final Logger LOG = LoggerFactory.getLogger(AggregateConsumer.class);
  private static final List<String> TOPICS =
      List.of(Topics.VALIDATED.name(), Topics.FILES.name(), Topics.DLQ.name());

  private final KafkaConsumer<String, byte[]> consumer;
  private final KafkaProducer<String, byte[]> deadLetters;
  private final Store store;
  private final StoreWriter writer;
  private final List<StoreListener> listeners = new CopyOnWriteArrayList<>();
  private volatile boolean running = true;

  public AggregateConsumer(Map<String, Object> kafka, Store store, StoreWriter writer) {
    this.consumer = new KafkaConsumer<>(consumerConfig(kafka));
    this.deadLetters = new KafkaProducer<>(producerConfig(kafka));
    this.store = store;
    this.writer = writer;
  }

  public void addListener(StoreListener listener) {
    listeners.add(listener);
  }

  @Override
  public void run() {
    try {
      seekToStoredOffsets();
      while (running) {
        ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(200));
        if (!records.isEmpty()) {
          CommitSummary summary = write(records);
          listeners.forEach(l -> l.committed(summary));
          consumer.commitAsync(); // for lag monitoring only; the store holds the real offsets
        }
      }
    } catch (WakeupException e) {
      if (running) {
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("The store could not be written: " + e.getMessage(), e);
    } finally {
      deadLetters.close(Duration.ofSeconds(5));
      consumer.close(Duration.ofSeconds(5));
    }
  }

  private void seekToStoredOffsets() throws SQLException {
    Map<String, Map<Integer, Long>> stored = store.offsets();
    List<TopicPartition> partitions = new ArrayList<>();
    for (String topic : TOPICS) {
      consumer
          .partitionsFor(topic)
          .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
    }
    consumer.assign(partitions);
    for (TopicPartition tp : partitions) {
      Long next = stored.getOrDefault(tp.topic(), Map.of()).get(tp.partition());
      if (next == null) {
        consumer.seekToBeginning(List.of(tp));
      } else {
        consumer.seek(tp, next);
      }
    }
  }

  private CommitSummary write(ConsumerRecords<String, byte[]> records) throws SQLException {
    List<Object> events = new ArrayList<>(records.count());
    List<Incoming> consumed = new ArrayList<>(records.count());
    for (ConsumerRecord<String, byte[]> r : records) {
      Incoming in =
          new Incoming(
              r.topic(),
              r.partition(),
              r.offset(),
              r.timestamp(),
              r.key(),
              r.value(),
              header(r, DLQ_ORIGIN),
              header(r, DLQ_REASON));
      consumed.add(in);
      try {
        events.add(StoreWriter.decode(in));
      } catch (RuntimeException e) {
        sendToDeadLetters(r, "aggregate could not decode this record: " + e.getMessage());
      }
    }
    return writer.write(events, consumed);
  }

  private void sendToDeadLetters(ConsumerRecord<String, byte[]> r, String why) {
    String origin = r.topic() + "/" + r.partition() + "@" + r.offset();
    LOG.warn("Dead letter from {}: {}", origin, why);
    ProducerRecord<String, byte[]> dead =
        new ProducerRecord<>(Topics.DLQ.name(), r.key(), r.value());
    dead.headers().add(DLQ_ORIGIN, origin.getBytes(StandardCharsets.UTF_8));
    dead.headers().add(DLQ_REASON, why.getBytes(StandardCharsets.UTF_8));
    try {
      deadLetters.send(dead).get();
    } catch (Exception e) {
      throw new IllegalStateException("Cannot send a dead letter for " + origin, e);
    }
  }

  private static String header(ConsumerRecord<String, byte[]> r, String name) {
    Header h = r.headers().lastHeader(name);
    return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }

  public void stop() {
    running = false;
    consumer.wakeup();
  }

  private static Map<String, Object> consumerConfig(Map<String, Object> kafka) {
    Map<String, Object> c = new HashMap<>(kafka);
    c.put(ConsumerConfig.GROUP_ID_CONFIG, GROUP);
    c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    c.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
    c.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    c.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    return c;
  }

  private static Map<String, Object> producerConfig(Map<String, Object> kafka) {
    Map<String, Object> p = new HashMap<>(kafka);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    return p;
  }
}
