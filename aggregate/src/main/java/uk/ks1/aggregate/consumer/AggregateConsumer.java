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
import org.apache.kafka.common.KafkaException;
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

  private final Map<String, Object> kafka;
  private final Store store;
  private final StoreWriter writer;
  private final List<StoreListener> listeners = new CopyOnWriteArrayList<>();
  private volatile boolean running = true;
  private volatile KafkaConsumer<String, byte[]> consumer;
  private KafkaProducer<String, byte[]> deadLetters;
  private volatile Map<TopicPartition, Long> positions = Map.of();

  public AggregateConsumer(Map<String, Object> kafka, Store store, StoreWriter writer) {
    this.kafka = Map.copyOf(kafka);
    this.store = store;
    this.writer = writer;
  }

  public void addListener(StoreListener listener) {
    listeners.add(listener);
  }

  /**
   * Runs until {@link #stop()}. If the broker goes away, the clients are made again and reading
   * resumes from the offsets in the store, so a batch is never half-counted or counted twice. A
   * store that cannot be written stops the loop with the error.
   */
  @Override
  public void run() {
    while (running) {
      try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(consumerConfig(kafka));
          KafkaProducer<String, byte[]> dlq = new KafkaProducer<>(producerConfig(kafka))) {
        consumer = c;
        deadLetters = dlq;
        if (!running) {
          return;
        }
        seekToStoredOffsets(c);
        while (running) {
          ConsumerRecords<String, byte[]> records = c.poll(Duration.ofMillis(200));
          if (!records.isEmpty()) {
            long started = System.nanoTime();
            CommitSummary summary = write(records).withStoreNanos(System.nanoTime() - started);
            LOG.info(
                "Stored {} file outcome(s) and {} submission(s)",
                summary.files().size(),
                summary.submissionIds().size());
            listeners.forEach(l -> l.committed(summary));
            c.commitAsync(); // for lag monitoring only; the store holds the real offsets
          }
          positions = positionsOf(c);
        }
      } catch (WakeupException e) {
        // stop() was called
      } catch (KafkaException e) {
        if (running) {
          LOG.warn("Aggregate lost the broker ({}); reconnecting", e.toString());
          pause();
        }
      } catch (SQLException e) {
        running = false;
        throw new IllegalStateException("The store could not be written: " + e.getMessage(), e);
      }
    }
  }

  private void seekToStoredOffsets(KafkaConsumer<String, byte[]> c) throws SQLException {
    Map<String, Map<Integer, Long>> stored = store.offsets();
    List<TopicPartition> partitions = new ArrayList<>();
    for (String topic : TOPICS) {
      c.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
    }
    c.assign(partitions);
    for (TopicPartition tp : partitions) {
      Long next = stored.getOrDefault(tp.topic(), Map.of()).get(tp.partition());
      if (next == null) {
        c.seekToBeginning(List.of(tp));
      } else {
        c.seek(tp, next);
      }
    }
  }

  private static Map<TopicPartition, Long> positionsOf(KafkaConsumer<String, byte[]> c) {
    Map<TopicPartition, Long> now = new HashMap<>();
    for (TopicPartition tp : c.assignment()) {
      now.put(tp, c.position(tp));
    }
    return Map.copyOf(now);
  }

  /**
   * Where the consumer is in each partition once everything before it is in the store (positions
   * move past transaction markers, which stored offsets never see).
   */
  public Map<TopicPartition, Long> positions() {
    return positions;
  }

  private static void pause() {
    try {
      Thread.sleep(1000); // a pause between reconnection attempts, not a wait for an event
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private CommitSummary write(ConsumerRecords<String, byte[]> records) throws SQLException {
    List<ConsumerRecord<String, byte[]>> raw = new ArrayList<>(records.count());
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
      raw.add(r);
      consumed.add(in);
      try {
        events.add(StoreWriter.decode(in));
      } catch (RuntimeException e) {
        sendToDeadLetters(r, "aggregate could not decode this record: " + e.getMessage());
        events.add(null);
      }
    }
    try {
      return writer.write(events.stream().filter(e -> e != null).toList(), consumed);
    } catch (RuntimeException e) {
      LOG.warn("A batch could not be stored ({}); storing its records one at a time", e.toString());
      return writeOneByOne(raw, events, consumed);
    }
  }

  /** Finds the record that cannot be stored, sends it to the dead letters, and stores the rest. */
  private CommitSummary writeOneByOne(
      List<ConsumerRecord<String, byte[]>> raw, List<Object> events, List<Incoming> consumed)
      throws SQLException {
    List<CommitSummary> parts = new ArrayList<>();
    for (int i = 0; i < consumed.size(); i++) {
      Object event = events.get(i);
      List<Object> one = event == null ? List.of() : List.of(event);
      try {
        parts.add(writer.write(one, List.of(consumed.get(i))));
      } catch (RuntimeException e) {
        sendToDeadLetters(raw.get(i), "aggregate could not store this record: " + e);
        parts.add(writer.write(List.of(), List.of(consumed.get(i))));
      }
    }
    return CommitSummary.merge(parts);
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
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new org.apache.kafka.common.errors.InterruptException(e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new KafkaException("Cannot send a dead letter for " + origin, e.getCause());
    }
  }

  private static String header(ConsumerRecord<String, byte[]> r, String name) {
    Header h = r.headers().lastHeader(name);
    return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }

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
    c.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
    // Bigger batches per transaction: the broker answers a fetch when this much is waiting, or
    // after 200 ms. Each store transaction has a fixed cost (its statements, appenders, the
    // commit), and a writer that commits as often as it can spends the CPU the intake needs: at
    // 10 ms, a national load took about 1,600 transactions of 10 submissions and the writer 45-50
    // CPU seconds; at 200 ms, about 300 of 50 and 21 CPU seconds, for at most 200 ms more from
    // drop to figures (docs/performance.md, "History").
    c.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 1_048_576);
    c.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 200);
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
