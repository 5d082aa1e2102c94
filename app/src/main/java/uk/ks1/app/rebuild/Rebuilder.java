package uk.ks1.app.rebuild;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import uk.ks1.aggregate.consumer.AggregateConsumer;
import uk.ks1.aggregate.snapshot.Snapshot;
import uk.ks1.aggregate.store.Store;
import uk.ks1.aggregate.writer.StoreWriter;
import uk.ks1.app.broker.EmbeddedKafka;
import uk.ks1.app.pipeline.Ks1Config;
import uk.ks1.app.pipeline.PupilKeySecret;
import uk.ks1.app.pipeline.Registered;
import uk.ks1.core.collection.CollectionRegistry;
import uk.ks1.core.identity.LaRegistry;
import uk.ks1.core.identity.PupilKeys;
import uk.ks1.core.topic.Topic;
import uk.ks1.validate.RuleCatalogue;

/**
 * Builds a new store from the topics alone (validated submissions, file outcomes, dead letters),
 * from their first offset to where they end now, then puts it in place of the old one, which is
 * kept as {@code ks1.duckdb.before-rebuild}, and publishes the analysts' snapshot of it. Every row
 * comes from an event, so the new store equals the old one table for table.
 */
public final class Rebuilder {
  private static final CollectionRegistry COLLECTIONS = Registered.collections();

  private Rebuilder() {}

  /** Rebuilds and returns the path of the previous store. */
  public static Path rebuild(Ks1Config config, Duration timeout) throws Exception {
    Path current = config.storeFile();
    Path fresh = current.resolveSibling("ks1.rebuild.duckdb");
    Path previous = current.resolveSibling("ks1.duckdb.before-rebuild");
    // Opening the current store fails if a service holds it: rebuild only a stopped store.
    Store.open(current, COLLECTIONS, RuleCatalogue.of(COLLECTIONS).storedDefinitions()).close();
    Files.deleteIfExists(fresh);
    Files.deleteIfExists(fresh.resolveSibling(fresh.getFileName() + ".wal"));

    EmbeddedKafka broker = config.embeddedKafka() ? EmbeddedKafka.start(config.kafkaDir()) : null;
    try {
      Map<String, Object> kafka = new HashMap<>();
      kafka.put(
          CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG,
          broker != null ? broker.bootstrap() : config.kafkaBootstrap());
      Map<TopicPartition, Long> ends = endOffsets(kafka);
      try (Store store =
          Store.open(fresh, COLLECTIONS, RuleCatalogue.of(COLLECTIONS).storedDefinitions())) {
        StoreWriter writer =
            new StoreWriter(
                store, new PupilKeys(PupilKeySecret.load(config.dataDir())), LaRegistry.standard());
        AggregateConsumer consumer =
            new AggregateConsumer(
                kafka, store, writer, uk.ks1.app.pipeline.Identities.seal(config.dataDir()));
        Thread thread = new Thread(consumer, "ks1-rebuild");
        thread.start();
        try {
          awaitCaughtUp(consumer, ends, thread, timeout);
        } finally {
          consumer.stop();
          thread.join(15_000);
        }
        keepRetirementLog(store, current);
      }
    } finally {
      if (broker != null) {
        broker.close();
      }
    }
    Files.move(current, previous, StandardCopyOption.REPLACE_EXISTING);
    Files.move(fresh, current, StandardCopyOption.ATOMIC_MOVE);
    // the analysts' snapshot showed the old store: it shows the new one now
    try (Store store =
        Store.open(current, COLLECTIONS, RuleCatalogue.of(COLLECTIONS).storedDefinitions())) {
      Snapshot.publish(store, config.analyticsDir());
    }
    return previous;
  }

  /**
   * The retirement log is not made of events (a retirement destroys keys and files, it does not add
   * to the log it retires): the rebuilt store keeps the current store's rows.
   */
  private static void keepRetirementLog(Store fresh, Path current) throws java.sql.SQLException {
    try (java.sql.Statement s = fresh.writer().createStatement()) {
      s.execute(
          "ATTACH '"
              + current.toAbsolutePath().toString().replace("'", "''")
              + "' AS current_store (READ_ONLY)");
      try {
        s.execute("INSERT INTO retirements SELECT * FROM current_store.retirements");
      } finally {
        s.execute("DETACH current_store");
      }
    }
  }

  private static Map<TopicPartition, Long> endOffsets(Map<String, Object> kafka) {
    Map<String, Object> c = new HashMap<>(kafka);
    c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    c.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    c.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(c)) {
      List<TopicPartition> partitions = new ArrayList<>();
      for (Topic<?> topic : AggregateConsumer.TOPICS) {
        consumer
            .partitionsFor(topic.name())
            .forEach(p -> partitions.add(new TopicPartition(topic.name(), p.partition())));
      }
      return consumer.endOffsets(partitions);
    }
  }

  private static void awaitCaughtUp(
      AggregateConsumer consumer, Map<TopicPartition, Long> ends, Thread thread, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!caughtUp(consumer.positions(), ends)) {
      if (!thread.isAlive()) {
        throw new IllegalStateException("The rebuild stopped before it caught up");
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "The rebuild did not catch up within " + timeout.toSeconds() + " s");
      }
      Thread.sleep(100); // polling the consumer's published positions
    }
  }

  private static boolean caughtUp(
      Map<TopicPartition, Long> positions, Map<TopicPartition, Long> ends) {
    for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
      if (end.getValue() > 0 && positions.getOrDefault(end.getKey(), 0L) < end.getValue()) {
        return false;
      }
    }
    return true;
  }
}
