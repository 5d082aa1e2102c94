package uk.ks1.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.ks1.core.topic.Topic;

/**
 * A role's poll loop, the one the validate and aggregate roles share. It takes every partition of
 * its topics (assigned, not subscribed: one instance of each role reads them all, and no rebalance
 * can move a partition mid-batch), positions itself where its role's commits say, polls, hands each
 * batch to the role and commits it by the role's policy:
 *
 * <ul>
 *   <li>{@link #transactional}: consume-transform-produce. Each record becomes one record out; the
 *       batch's records and the consumed offsets are written in one Kafka transaction, so each
 *       record is handled exactly once. A transaction that fails is aborted and the batch read
 *       again from the committed offsets.
 *   <li>{@link #intoSink}: the role keeps the offsets with what it writes (the aggregate's store).
 *       The loop starts from the sink's offsets and commits to Kafka only for lag monitoring.
 * </ul>
 *
 * If the broker goes away, the clients are closed and made again after a pause, and reading resumes
 * from what is committed: nothing is lost or handled twice. {@link #stop()} wakes the poll and
 * {@link #run()} returns once the clients are closed. An error that is not the broker's (the
 * producer fenced or not authorised, the role's own failure) stops the loop and is thrown.
 */
public final class ConsumerLoop implements Runnable {
  private static final Logger LOG = LoggerFactory.getLogger(ConsumerLoop.class);

  /** A pause between reconnection attempts, not a wait for an event. */
  static final Duration RECONNECT_PAUSE = Duration.ofSeconds(1);

  /** Who the loop is (for its log lines), what it reads, and how long one poll waits. */
  public record Settings(String role, List<Topic<?>> topics, Duration poll) {
    public Settings {
      topics = List.copyOf(topics);
    }
  }

  /** Consume-transform-produce: the record to write for one consumed record. */
  @FunctionalInterface
  public interface Transform {
    /** Never throws for a bad record: it returns the dead letter ({@link DeadLetters#of}). */
    ProducerRecord<String, byte[]> apply(ConsumerRecord<String, byte[]> record);
  }

  /** A role that stores what it consumes together with the next offsets, atomically. */
  public interface Sink {
    /** The next offset to read of each partition it has stored anything of. */
    Map<TopicPartition, Long> storedOffsets() throws Exception;

    /** Stores a batch with its offsets; records it cannot use go to {@code deadLetters}. */
    void write(ConsumerRecords<String, byte[]> batch, DeadLetterSender deadLetters)
        throws Exception;

    /**
     * Called on the loop's thread after every poll, between batches (at most a poll's wait apart):
     * where work that must not run beside a batch is done (the store's maintenance).
     */
    default void between() throws Exception {}
  }

  /** Sends a dead letter and returns once the broker has it. */
  @FunctionalInterface
  public interface DeadLetterSender {
    void send(ConsumerRecord<String, byte[]> record, String why);
  }

  /** What a batch means and how it is committed: the two policies above. */
  private interface Policy {
    void start(Consumer<String, byte[]> c, Producer<String, byte[]> p, List<TopicPartition> all)
        throws Exception;

    void batch(
        Consumer<String, byte[]> c, Producer<String, byte[]> p, ConsumerRecords<String, byte[]> r)
        throws Exception;

    default void between() throws Exception {}
  }

  private final Settings settings;
  private final Clients clients;
  private final Policy policy;
  private volatile boolean running = true;
  private volatile Consumer<String, byte[]> consumer;
  private volatile Map<TopicPartition, Long> positions = Map.of();

  private ConsumerLoop(Settings settings, Clients clients, Policy policy) {
    this.settings = settings;
    this.clients = clients;
    this.policy = policy;
  }

  /**
   * Each record in, one record out, with the consumed offsets in the same Kafka transaction (the
   * producer must have a transactional id; the consumer's group holds the committed offsets).
   */
  public static ConsumerLoop transactional(Settings settings, Clients clients, Transform t) {
    return new ConsumerLoop(settings, clients, new InTransaction(settings.role(), t));
  }

  /** Into a sink that keeps its own offsets; Kafka's committed offsets only show the lag. */
  public static ConsumerLoop intoSink(Settings settings, Clients clients, Sink sink) {
    return new ConsumerLoop(settings, clients, new IntoSink(sink));
  }

  @Override
  public void run() {
    while (running) {
      try (Consumer<String, byte[]> c = clients.consumer();
          Producer<String, byte[]> p = clients.producer()) {
        consumer = c;
        if (!running) {
          return; // stopped before the consumer could be woken
        }
        policy.start(c, p, partitions(c));
        while (running) {
          ConsumerRecords<String, byte[]> records = c.poll(settings.poll());
          if (!records.isEmpty()) {
            policy.batch(c, p, records);
          }
          positions = positionsOf(c);
          policy.between();
        }
      } catch (WakeupException e) {
        // stop() was called
      } catch (ProducerFencedException | AuthorizationException e) {
        running = false;
        throw e; // another instance owns this transactional id, or we may not write: fatal
      } catch (KafkaException e) {
        if (running) {
          LOG.warn("{} lost the broker ({}); reconnecting", settings.role(), e.toString());
          pause();
        }
      } catch (RuntimeException e) {
        running = false;
        throw e;
      } catch (Exception e) {
        running = false;
        throw new IllegalStateException(settings.role() + " stopped: " + e.getMessage(), e);
      }
    }
  }

  /** Stops the loop from another thread; {@link #run()} returns after closing its clients. */
  public void stop() {
    running = false;
    Consumer<String, byte[]> c = consumer;
    if (c != null) {
      c.wakeup();
    }
  }

  /**
   * Where the consumer is in each partition once everything before it is handled (positions move
   * past transaction markers, which handled offsets never see).
   */
  public Map<TopicPartition, Long> positions() {
    return positions;
  }

  private List<TopicPartition> partitions(Consumer<String, byte[]> c) {
    List<TopicPartition> all = new ArrayList<>();
    for (Topic<?> topic : settings.topics()) {
      c.partitionsFor(topic.name())
          .forEach(p -> all.add(new TopicPartition(topic.name(), p.partition())));
    }
    return all;
  }

  private static Map<TopicPartition, Long> positionsOf(Consumer<String, byte[]> c) {
    Map<TopicPartition, Long> now = new HashMap<>();
    for (TopicPartition tp : c.assignment()) {
      now.put(tp, c.position(tp));
    }
    return Map.copyOf(now);
  }

  private static void pause() {
    try {
      Thread.sleep(RECONNECT_PAUSE.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Consume-transform-produce in one Kafka transaction a batch. */
  private record InTransaction(String role, Transform transform) implements Policy {
    @Override
    public void start(
        Consumer<String, byte[]> c, Producer<String, byte[]> p, List<TopicPartition> all) {
      p.initTransactions();
      c.assign(all); // from the group's committed offsets, or the beginning
    }

    @Override
    public void batch(
        Consumer<String, byte[]> c,
        Producer<String, byte[]> p,
        ConsumerRecords<String, byte[]> records) {
      p.beginTransaction();
      try {
        Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
          p.send(transform.apply(record));
          next.put(
              new TopicPartition(record.topic(), record.partition()),
              new OffsetAndMetadata(record.offset() + 1));
        }
        p.sendOffsetsToTransaction(next, c.groupMetadata());
        p.commitTransaction();
      } catch (ProducerFencedException | OutOfOrderSequenceException | AuthorizationException e) {
        throw e; // the producer cannot go on: new clients, or a fatal stop
      } catch (KafkaException e) {
        LOG.warn("{} transaction aborted, the batch will be read again: {}", role, e.toString());
        p.abortTransaction(); // if this fails too, run() makes new clients
        rewindToCommitted(c);
      }
    }

    private static void rewindToCommitted(Consumer<String, byte[]> c) {
      Map<TopicPartition, OffsetAndMetadata> committed = c.committed(c.assignment());
      for (TopicPartition tp : c.assignment()) {
        OffsetAndMetadata offset = committed.get(tp);
        if (offset == null) {
          c.seekToBeginning(List.of(tp));
        } else {
          c.seek(tp, offset.offset());
        }
      }
    }
  }

  /** Into a sink that stores its offsets with its data. */
  private record IntoSink(Sink sink) implements Policy {
    @Override
    public void start(
        Consumer<String, byte[]> c, Producer<String, byte[]> p, List<TopicPartition> all)
        throws Exception {
      Map<TopicPartition, Long> stored = sink.storedOffsets();
      c.assign(all);
      for (TopicPartition tp : all) {
        Long next = stored.get(tp);
        if (next == null) {
          c.seekToBeginning(List.of(tp));
        } else {
          c.seek(tp, next);
        }
      }
    }

    @Override
    public void batch(
        Consumer<String, byte[]> c,
        Producer<String, byte[]> p,
        ConsumerRecords<String, byte[]> records)
        throws Exception {
      sink.write(records, (record, why) -> sendDeadLetter(p, record, why));
      c.commitAsync(); // for lag monitoring only; the sink holds the real offsets
    }

    @Override
    public void between() throws Exception {
      sink.between();
    }

    private static void sendDeadLetter(
        Producer<String, byte[]> p, ConsumerRecord<String, byte[]> record, String why) {
      String origin = DeadLetters.origin(record);
      LOG.warn("Dead letter from {}: {}", origin, why);
      try {
        p.send(DeadLetters.of(record, why)).get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptException(e);
      } catch (ExecutionException e) {
        throw new KafkaException("Cannot send a dead letter for " + origin, e.getCause());
      }
    }
  }
}
