package uk.ks1.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import uk.ks1.app.broker.EmbeddedKafka;
import uk.ks1.app.pipeline.TopicSetup;
import uk.ks1.core.topic.Topic;
import uk.ks1.core.topic.Topics;
import uk.ks1.kafka.Clients;
import uk.ks1.kafka.ConsumerDefaults;
import uk.ks1.kafka.ConsumerLoop;
import uk.ks1.kafka.DeadLetters;
import uk.ks1.kafka.ProducerDefaults;

/**
 * The shared consumer loop against the real broker, with a role of the test's own: exactly once
 * through a broker restart and a restart of the loop; a sink read from its own offsets; stop()
 * returning with the clients closed.
 */
@Timeout(180)
class ConsumerLoopIT {
  private static final String GROUP = "ks1-loop-it";

  @TempDir Path tmp;

  /** Each record becomes one on the validated topic, its value in capitals. */
  private static final ConsumerLoop.Transform SHOUT =
      r ->
          new ProducerRecord<>(
              Topics.VALIDATED.name(),
              r.key(),
              new String(r.value(), StandardCharsets.UTF_8)
                  .toUpperCase()
                  .getBytes(StandardCharsets.UTF_8));

  private static Map<String, Object> kafka(EmbeddedKafka broker) {
    return Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrap());
  }

  private static ConsumerLoop transactional(Map<String, Object> kafka) {
    Map<String, Object> producer = ProducerDefaults.of(kafka);
    producer.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, GROUP + "-0");
    return ConsumerLoop.transactional(
        new ConsumerLoop.Settings("Loop IT", List.of(Topics.SUBMISSIONS), Duration.ofMillis(200)),
        Clients.of(ConsumerDefaults.of(kafka, GROUP), producer),
        SHOUT);
  }

  private static void send(Map<String, Object> kafka, String topic, int from, int to) {
    try (KafkaProducer<String, byte[]> p = new KafkaProducer<>(ProducerDefaults.of(kafka))) {
      for (int i = from; i < to; i++) {
        p.send(
            new ProducerRecord<>(topic, "k" + (i % 7), ("v" + i).getBytes(StandardCharsets.UTF_8)));
      }
      p.flush();
    }
  }

  /** Every committed value of a topic, read from the beginning. */
  private static List<ConsumerRecord<String, byte[]>> readAll(
      Map<String, Object> kafka, Topic<?> t) {
    Map<String, Object> c = ConsumerDefaults.of(kafka, "ks1-loop-it-reader");
    try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(c)) {
      List<TopicPartition> partitions = new ArrayList<>();
      consumer
          .partitionsFor(t.name())
          .forEach(p -> partitions.add(new TopicPartition(t.name(), p.partition())));
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
      List<ConsumerRecord<String, byte[]>> all = new ArrayList<>();
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (partitions.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp))
          && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(all::add);
      }
      return all;
    }
  }

  private static List<String> values(List<ConsumerRecord<String, byte[]>> records) {
    return records.stream()
        .map(r -> new String(r.value(), StandardCharsets.UTF_8))
        .sorted()
        .toList();
  }

  private static List<String> shouted(int from, int to) {
    List<String> expected = new ArrayList<>();
    for (int i = from; i < to; i++) {
      expected.add("V" + i);
    }
    return expected.stream().sorted().toList();
  }

  private static Thread start(ConsumerLoop loop, List<Throwable> failures) {
    Thread t = new Thread(loop, "loop-it");
    t.setUncaughtExceptionHandler((th, e) -> failures.add(e));
    t.start();
    return t;
  }

  private static void stop(ConsumerLoop loop, Thread t) throws InterruptedException {
    loop.stop();
    t.join(15_000);
    assertThat(t.isAlive()).as("the loop returned after stop()").isFalse();
  }

  @Test
  void eachRecordIsTransformedExactlyOnceThroughABrokerRestartAndARestartOfTheLoop()
      throws Exception {
    Path dir = tmp.resolve("kafka");
    List<Throwable> failures = new CopyOnWriteArrayList<>();
    EmbeddedKafka broker = EmbeddedKafka.start(dir);
    try {
      Map<String, Object> kafka = kafka(broker);
      TopicSetup.ensure(new HashMap<>(kafka));
      send(kafka, Topics.SUBMISSIONS.name(), 0, 100);
      ConsumerLoop loop = transactional(kafka);
      Thread t = start(loop, failures);
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> readAll(kafka, Topics.VALIDATED).size() >= 100);

      broker.close(); // the broker goes away under the running loop, and comes back
      broker = EmbeddedKafka.start(dir);
      assertThat(broker.bootstrap())
          .isEqualTo(kafka.get(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG));
      send(kafka, Topics.SUBMISSIONS.name(), 100, 150);
      await()
          .atMost(Duration.ofSeconds(90))
          .until(() -> readAll(kafka, Topics.VALIDATED).size() >= 150);
      stop(loop, t);

      // a new loop of the same role resumes from the committed offsets: nothing is done twice
      ConsumerLoop again = transactional(kafka);
      Thread t2 = start(again, failures);
      send(kafka, Topics.SUBMISSIONS.name(), 150, 160);
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> readAll(kafka, Topics.VALIDATED).size() >= 160);
      Map<TopicPartition, Long> ends = endOffsets(kafka, Topics.SUBMISSIONS);
      await().atMost(Duration.ofSeconds(30)).until(() -> again.positions().equals(ends));
      stop(again, t2);

      assertThat(values(readAll(kafka, Topics.VALIDATED))).isEqualTo(shouted(0, 160));
      assertThat(failures).isEmpty();
    } finally {
      broker.close();
    }
  }

  /** A sink that keeps its offsets in memory, as the store keeps them in its own transaction. */
  private static final class MemorySink implements ConsumerLoop.Sink {
    final Map<TopicPartition, Long> offsets = new HashMap<>();
    final List<String> stored = new CopyOnWriteArrayList<>();

    @Override
    public synchronized Map<TopicPartition, Long> storedOffsets() {
      return Map.copyOf(offsets);
    }

    @Override
    public synchronized void write(
        ConsumerRecords<String, byte[]> batch, ConsumerLoop.DeadLetterSender dead) {
      for (ConsumerRecord<String, byte[]> r : batch) {
        String value = new String(r.value(), StandardCharsets.UTF_8);
        if (r.topic().equals(Topics.DLQ.name())) {
          // its own dead letter, read back as the aggregate reads them
        } else if (value.equals("v13")) {
          dead.send(r, "the test could not use v13");
        } else {
          stored.add(value);
        }
        offsets.put(new TopicPartition(r.topic(), r.partition()), r.offset() + 1);
      }
    }
  }

  @Test
  void aSinkIsReadFromItsOwnOffsetsAndItsDeadLettersReachTheDeadLetterTopic() throws Exception {
    List<Throwable> failures = new CopyOnWriteArrayList<>();
    try (EmbeddedKafka broker = EmbeddedKafka.start(tmp.resolve("kafka"))) {
      Map<String, Object> kafka = kafka(broker);
      TopicSetup.ensure(new HashMap<>(kafka));
      MemorySink sink = new MemorySink();
      ConsumerLoop.Settings settings =
          new ConsumerLoop.Settings(
              "Sink IT",
              List.of(Topics.VALIDATED, Topics.FILES, Topics.DLQ),
              Duration.ofMillis(200));
      Clients clients = Clients.of(ConsumerDefaults.of(kafka, GROUP), ProducerDefaults.of(kafka));

      send(kafka, Topics.VALIDATED.name(), 0, 20);
      ConsumerLoop first = ConsumerLoop.intoSink(settings, clients, sink);
      Thread t = start(first, failures);
      await().atMost(Duration.ofSeconds(60)).until(() -> sink.stored.size() >= 19);
      stop(first, t);

      send(kafka, Topics.FILES.name(), 20, 30);
      ConsumerLoop second = ConsumerLoop.intoSink(settings, clients, sink);
      Thread t2 = start(second, failures);
      await().atMost(Duration.ofSeconds(60)).until(() -> sink.stored.size() >= 29);
      stop(second, t2);

      List<String> expected = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        if (i != 13) {
          expected.add("v" + i);
        }
      }
      assertThat(sink.stored.stream().sorted().toList())
          .isEqualTo(expected.stream().sorted().toList());
      List<ConsumerRecord<String, byte[]>> dead = readAll(kafka, Topics.DLQ);
      assertThat(values(dead)).containsExactly("v13");
      assertThat(header(dead.get(0), DeadLetters.REASON)).isEqualTo("the test could not use v13");
      assertThat(header(dead.get(0), DeadLetters.ORIGIN)).startsWith("ks1.validated.v1/");
      assertThat(failures).isEmpty();
    }
  }

  private static Map<TopicPartition, Long> endOffsets(Map<String, Object> kafka, Topic<?> t) {
    try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(ConsumerDefaults.of(kafka, GROUP))) {
      List<TopicPartition> partitions = new ArrayList<>();
      c.partitionsFor(t.name())
          .forEach(p -> partitions.add(new TopicPartition(t.name(), p.partition())));
      return Map.copyOf(c.endOffsets(partitions));
    }
  }

  private static String header(ConsumerRecord<String, byte[]> r, String name) {
    return new String(r.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
  }
}
