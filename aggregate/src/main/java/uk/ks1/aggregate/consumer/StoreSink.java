package uk.ks1.aggregate.consumer;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.ks1.aggregate.store.Store;
import uk.ks1.aggregate.writer.CommitSummary;
import uk.ks1.aggregate.writer.Incoming;
import uk.ks1.aggregate.writer.StoreWriter;
import uk.ks1.core.event.FileProcessed;
import uk.ks1.core.event.Inbound;
import uk.ks1.core.event.SubmissionValidated;
import uk.ks1.identities.IdentitySeal;
import uk.ks1.kafka.ConsumerLoop;
import uk.ks1.kafka.TopicValues;

/**
 * What a batch means to the aggregate role: each record decoded as its topic's value type and the
 * batch written with its offsets in one store transaction, then the listeners told. A record it
 * cannot decode, or one the store refuses, goes to the dead letters with the reason, and the rest
 * of the batch is stored.
 */
final class StoreSink implements ConsumerLoop.Sink {
  private static final Logger LOG = LoggerFactory.getLogger(StoreSink.class);

  private final Store store;
  private StoreWriter writer; // made again after a maintenance
  private final List<StoreListener> listeners;
  private final ConcurrentLinkedQueue<Maintenance<?>> maintenances = new ConcurrentLinkedQueue<>();

  /** Work to do with the store closed, and who waits for its outcome. */
  private record Maintenance<T>(Callable<T> work, CompletableFuture<T> done) {
    void run(StoreSink sink) {
      try {
        T outcome = sink.store.closedWhile(work);
        done.complete(outcome);
      } catch (Exception | Error e) {
        done.completeExceptionally(e);
      }
    }
  }

  private final IdentitySeal seal;

  /** The event with the identities the store keeps in the clear (none where they are retired). */
  private Inbound opened(Inbound e) {
    if (e instanceof SubmissionValidated v) {
      return seal.open(v);
    }
    if (e instanceof FileProcessed f) {
      return seal.open(f);
    }
    return e;
  }

  StoreSink(Store store, StoreWriter writer, List<StoreListener> listeners, IdentitySeal seal) {
    this.seal = seal;
    this.store = store;
    this.writer = writer;
    this.listeners = listeners;
  }

  /**
   * Runs {@code work} on the consumer's thread between two batches, with the store closed ({@link
   * Store#closedWhile}); the writer is made again afterwards and the listeners told the store
   * changed.
   */
  <T> CompletableFuture<T> maintain(Callable<T> work) {
    Maintenance<T> m = new Maintenance<>(work, new CompletableFuture<>());
    maintenances.add(m);
    return m.done();
  }

  @Override
  public void between() {
    Maintenance<?> m;
    while ((m = maintenances.poll()) != null) {
      LOG.info("Closing the store for a maintenance");
      m.run(this);
      try {
        writer = writer.reopened();
      } catch (SQLException e) {
        throw unwritable(e);
      }
      LOG.info("The store is open again");
      listeners.forEach(StoreListener::rewritten);
    }
  }

  @Override
  public Map<TopicPartition, Long> storedOffsets() {
    try {
      Map<TopicPartition, Long> next = new HashMap<>();
      store
          .offsets()
          .forEach(
              (topic, partitions) ->
                  partitions.forEach((p, o) -> next.put(new TopicPartition(topic, p), o)));
      return next;
    } catch (SQLException e) {
      throw unwritable(e);
    }
  }

  @Override
  public void write(
      ConsumerRecords<String, byte[]> records, ConsumerLoop.DeadLetterSender deadLetters) {
    long started = System.nanoTime();
    CommitSummary summary;
    try {
      summary = store(records, deadLetters).withStoreNanos(System.nanoTime() - started);
    } catch (SQLException e) {
      throw unwritable(e);
    }
    LOG.info(
        "Stored {} file outcome(s) and {} submission(s)",
        summary.files().size(),
        summary.submissionIds().size());
    listeners.forEach(l -> l.committed(summary));
  }

  private CommitSummary store(
      ConsumerRecords<String, byte[]> records, ConsumerLoop.DeadLetterSender deadLetters)
      throws SQLException {
    List<ConsumerRecord<String, byte[]>> raw = new ArrayList<>(records.count());
    List<Inbound> events = new ArrayList<>(records.count());
    List<Incoming> consumed = new ArrayList<>(records.count());
    for (ConsumerRecord<String, byte[]> r : records) {
      raw.add(r);
      consumed.add(new Incoming(r.topic(), r.partition(), r.offset()));
      try {
        events.add(opened(TopicValues.decode(r)));
      } catch (RuntimeException e) {
        deadLetters.send(r, "aggregate could not decode this record: " + e.getMessage());
        events.add(null);
      }
    }
    try {
      return writer.write(events.stream().filter(e -> e != null).toList(), consumed);
    } catch (RuntimeException e) {
      LOG.warn("A batch could not be stored ({}); storing its records one at a time", e.toString());
      return storeOneByOne(raw, events, consumed, deadLetters);
    }
  }

  /** Finds the record that cannot be stored, sends it to the dead letters, and stores the rest. */
  private CommitSummary storeOneByOne(
      List<ConsumerRecord<String, byte[]>> raw,
      List<Inbound> events,
      List<Incoming> consumed,
      ConsumerLoop.DeadLetterSender deadLetters)
      throws SQLException {
    List<CommitSummary> parts = new ArrayList<>();
    for (int i = 0; i < consumed.size(); i++) {
      Inbound event = events.get(i);
      List<Inbound> one = event == null ? List.of() : List.of(event);
      try {
        parts.add(writer.write(one, List.of(consumed.get(i))));
      } catch (RuntimeException e) {
        deadLetters.send(raw.get(i), "aggregate could not store this record: " + e);
        parts.add(writer.write(List.of(), List.of(consumed.get(i))));
      }
    }
    return CommitSummary.merge(parts);
  }

  private static IllegalStateException unwritable(SQLException e) {
    return new IllegalStateException("The store could not be written: " + e.getMessage(), e);
  }
}
