package uk.ks1.aggregate.consumer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.TopicPartition;
import uk.ks1.aggregate.store.Store;
import uk.ks1.aggregate.writer.StoreWriter;
import uk.ks1.core.topic.Topic;
import uk.ks1.core.topic.Topics;
import uk.ks1.identities.IdentitySeal;
import uk.ks1.kafka.Clients;
import uk.ks1.kafka.ConsumerDefaults;
import uk.ks1.kafka.ConsumerLoop;
import uk.ks1.kafka.ProducerDefaults;

/**
 * The aggregate role. Reads validated submissions, file outcomes and dead letters, starting from
 * the offsets stored in DuckDB (the store, not Kafka, is the source of truth), and writes each
 * polled batch with its offsets in one transaction. The loop is {@link ConsumerLoop#intoSink}; what
 * a batch means is {@link StoreSink}; this class holds the role's client settings.
 */
public final class AggregateConsumer implements Runnable {
  public static final String GROUP = "ks1-aggregate";

  /** What the store is made of: a store can be rebuilt from these topics alone. */
  public static final List<Topic<?>> TOPICS =
      List.of(Topics.VALIDATED, Topics.FILES, Topics.SCHOOLS, Topics.DLQ);

  private final List<StoreListener> listeners = new CopyOnWriteArrayList<>();
  private final ConsumerLoop loop;
  private final StoreSink sink;

  /** {@code seal}: the identities the store keeps are opened as events are read. */
  public AggregateConsumer(
      Map<String, Object> kafka, Store store, StoreWriter writer, IdentitySeal seal) {
    this.sink = new StoreSink(store, writer, listeners, seal);
    this.loop =
        ConsumerLoop.intoSink(
            new ConsumerLoop.Settings("Aggregate", TOPICS, Duration.ofMillis(200)),
            Clients.of(consumerConfig(kafka), ProducerDefaults.of(kafka)),
            sink);
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
    loop.run();
  }

  public void stop() {
    loop.stop();
  }

  /**
   * Runs {@code work} with the store closed, on this role's thread between two batches (so never
   * beside a transaction): a retirement, which rewrites the store file, is done this way by a
   * running service. The future completes with the work's outcome once the store is open again.
   */
  public <T> CompletableFuture<T> maintain(Callable<T> work) {
    return sink.maintain(work);
  }

  /**
   * Where the consumer is in each partition once everything before it is in the store (positions
   * move past transaction markers, which stored offsets never see).
   */
  public Map<TopicPartition, Long> positions() {
    return loop.positions();
  }

  private static Map<String, Object> consumerConfig(Map<String, Object> kafka) {
    Map<String, Object> c = ConsumerDefaults.of(kafka, GROUP);
    c.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
    // Bigger batches per transaction: the broker answers a fetch when this much is waiting, or
    // after 100 ms. Each store transaction has a fixed cost (its statements, appenders, the
    // commit), and a writer that commits as often as it can spends the CPU the intake needs: at
    // 10 ms, a national load took about 1,600 transactions of 10 submissions and the writer 45-50
    // CPU seconds; at 200 ms, about 300 of 50 and 21 CPU seconds. A national load fills a fetch's
    // megabyte in well under 100 ms, so it batches as well at 100 ms (250-410 transactions of
    // every collection, as at 200 ms), and a trickle of files waits 100 ms less from drop to
    // figures (docs/performance.md, "History").
    c.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 1_048_576);
    c.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 100);
    return c;
  }
}
