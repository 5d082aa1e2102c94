package uk.ks1.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import uk.ks1.core.topic.Topic;
import uk.ks1.core.topic.Topics;

/**
 * The loop's policy, each branch on its own: Kafka's in-memory clients stand in for the broker so
 * that a lost connection, a failed commit or a fenced producer happen exactly when the test says.
 * (The ITs in app run the same loop against the real broker.)
 */
@Timeout(30)
class ConsumerLoopTest {
  private static final String IN = Topics.SUBMISSIONS.name();
  private static final TopicPartition IN0 = new TopicPartition(IN, 0);
  private static final TopicPartition IN1 = new TopicPartition(IN, 1);
  private static final ConsumerLoop.Settings READ_SUBMISSIONS =
      new ConsumerLoop.Settings("Test", List.of(Topics.SUBMISSIONS), Duration.ofMillis(10));

  /** Each record becomes one on the validated topic, its value in capitals. */
  private static final ConsumerLoop.Transform SHOUT =
      r ->
          new ProducerRecord<>(
              Topics.VALIDATED.name(),
              r.key(),
              new String(r.value(), StandardCharsets.UTF_8)
                  .toUpperCase()
                  .getBytes(StandardCharsets.UTF_8));

  /** Hands out the next prepared consumer and producer each time the loop (re)connects. */
  private static final class Connections implements Clients {
    final Deque<MockConsumer<String, byte[]>> consumers = new ArrayDeque<>();
    final Deque<MockProducer<String, byte[]>> producers = new ArrayDeque<>();
    int made;

    MockConsumer<String, byte[]> add(List<Topic<?>> topics) {
      MockConsumer<String, byte[]> c = new MockConsumer<>("earliest");
      Map<TopicPartition, Long> beginnings = new HashMap<>();
      for (Topic<?> topic : topics) {
        List<PartitionInfo> partitions = new ArrayList<>();
        for (int p = 0; p < 2; p++) {
          partitions.add(new PartitionInfo(topic.name(), p, null, null, null));
          beginnings.put(new TopicPartition(topic.name(), p), 0L);
        }
        c.updatePartitions(topic.name(), partitions);
      }
      c.updateBeginningOffsets(beginnings);
      consumers.add(c);
      producers.add(
          new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer()));
      return c;
    }

    @Override
    public Consumer<String, byte[]> consumer() {
      made++;
      return consumers.removeFirst();
    }

    @Override
    public Producer<String, byte[]> producer() {
      return producers.removeFirst();
    }
  }

  private static ConsumerRecord<String, byte[]> record(String topic, int p, long offset, String v) {
    return new ConsumerRecord<>(topic, p, offset, "3302001", v.getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> values(List<ProducerRecord<String, byte[]>> records) {
    return records.stream()
        .map(r -> r.topic() + ":" + new String(r.value(), StandardCharsets.UTF_8))
        .toList();
  }

  @Test
  void aTransactionalBatchIsWrittenWithItsOffsetsInOneTransactionAndStopClosesTheClients() {
    Connections clients = new Connections();
    MockConsumer<String, byte[]> consumer = clients.add(List.of(Topics.SUBMISSIONS));
    MockProducer<String, byte[]> producer = clients.producers.peekFirst();
    ConsumerLoop loop = ConsumerLoop.transactional(READ_SUBMISSIONS, clients, SHOUT);
    consumer.schedulePollTask(
        () -> {
          consumer.addRecord(record(IN, 0, 0, "a"));
          consumer.addRecord(record(IN, 0, 1, "b"));
          consumer.addRecord(record(IN, 1, 0, "c"));
        });
    consumer.schedulePollTask(loop::stop);

    loop.run();

    assertThat(consumer.assignment()).containsExactlyInAnyOrder(IN0, IN1);
    assertThat(consumer.subscription()).isEmpty(); // assigned, never subscribed
    assertThat(producer.transactionInitialized()).isTrue();
    assertThat(producer.transactionCommitted()).isTrue();
    assertThat(values(producer.history()))
        .containsExactlyInAnyOrder(
            "ks1.validated.v1:A", "ks1.validated.v1:B", "ks1.validated.v1:C");
    assertThat(producer.consumerGroupOffsetsHistory())
        .hasSize(1)
        .first()
        .satisfies(
            byGroup ->
                assertThat(byGroup.values())
                    .containsExactly(
                        Map.of(IN0, new OffsetAndMetadata(2), IN1, new OffsetAndMetadata(1))));
    assertThat(loop.positions()).isEqualTo(Map.of(IN0, 2L, IN1, 1L));
    assertThat(consumer.closed()).isTrue();
    assertThat(producer.closed()).isTrue();
    assertThat(clients.made).isEqualTo(1);
  }

  @Test
  void aFailedCommitIsAbortedAndTheBatchReadAgainFromTheCommittedOffsets() {
    Connections clients = new Connections();
    MockConsumer<String, byte[]> consumer = clients.add(List.of(Topics.SUBMISSIONS));
    MockProducer<String, byte[]> producer = clients.producers.peekFirst();
    ConsumerLoop loop = ConsumerLoop.transactional(READ_SUBMISSIONS, clients, SHOUT);
    List<Map<TopicPartition, Long>> seen = new ArrayList<>();
    consumer.schedulePollTask(
        () -> {
          consumer.commitSync(Map.of(IN0, new OffsetAndMetadata(5))); // an earlier transaction's
          consumer.addRecord(record(IN, 0, 5, "a"));
          consumer.addRecord(record(IN, 1, 0, "b"));
          producer.commitTransactionException = new KafkaException("the coordinator went away");
        });
    consumer.schedulePollTask(
        () -> {
          seen.add(Map.of(IN0, consumer.position(IN0), IN1, consumer.position(IN1)));
          loop.stop();
        });

    loop.run();

    assertThat(producer.transactionAborted()).isTrue();
    assertThat(producer.transactionCommitted()).isFalse();
    assertThat(seen).containsExactly(Map.of(IN0, 5L, IN1, 0L)); // where the next poll reads
    assertThat(clients.made).isEqualTo(1); // the same clients go on
  }

  @Test
  void aLostBrokerMeansNewClientsThatResumeWhileAFencedProducerStopsTheLoop() {
    Connections clients = new Connections();
    MockConsumer<String, byte[]> lost = clients.add(List.of(Topics.SUBMISSIONS));
    MockProducer<String, byte[]> lostProducer = clients.producers.peekFirst();
    MockConsumer<String, byte[]> again = clients.add(List.of(Topics.SUBMISSIONS));
    MockProducer<String, byte[]> fenced = clients.producers.peekLast();
    lost.setPollException(new KafkaException("broker gone"));
    again.schedulePollTask(
        () -> {
          again.addRecord(record(IN, 0, 0, "a"));
          fenced.fenceProducer(); // another instance took the transactional id meanwhile
        });
    ConsumerLoop loop = ConsumerLoop.transactional(READ_SUBMISSIONS, clients, SHOUT);

    assertThatThrownBy(loop::run).isInstanceOf(ProducerFencedException.class);

    assertThat(clients.made).isEqualTo(2);
    assertThat(lost.closed()).isTrue();
    assertThat(lostProducer.closed()).isTrue();
    assertThat(again.closed()).isTrue();
    assertThat(fenced.history()).isEmpty();
  }

  /** A sink keeping its offsets in memory, as the store keeps them in its own transaction. */
  private static final class MemorySink implements ConsumerLoop.Sink {
    final Map<TopicPartition, Long> offsets = new HashMap<>();
    final List<String> stored = new ArrayList<>();
    RuntimeException failure;

    @Override
    public Map<TopicPartition, Long> storedOffsets() {
      return Map.copyOf(offsets);
    }

    @Override
    public void write(ConsumerRecords<String, byte[]> batch, ConsumerLoop.DeadLetterSender dead) {
      if (failure != null) {
        throw failure;
      }
      for (ConsumerRecord<String, byte[]> r : batch) {
        String value = new String(r.value(), StandardCharsets.UTF_8);
        if (value.equals("poison")) {
          dead.send(r, "test could not use this record");
        } else {
          stored.add(r.topic() + "/" + r.partition() + "@" + r.offset() + "=" + value);
        }
        offsets.put(new TopicPartition(r.topic(), r.partition()), r.offset() + 1);
      }
    }
  }

  @Test
  void aSinkIsReadFromItsOwnOffsetsAndItsDeadLettersCarryOriginAndReason() {
    List<Topic<?>> topics = List.of(Topics.VALIDATED, Topics.FILES);
    Connections clients = new Connections();
    MockConsumer<String, byte[]> consumer = clients.add(topics);
    MockProducer<String, byte[]> producer = clients.producers.peekFirst();
    MemorySink sink = new MemorySink();
    sink.offsets.put(new TopicPartition(Topics.VALIDATED.name(), 1), 7L);
    ConsumerLoop loop =
        ConsumerLoop.intoSink(
            new ConsumerLoop.Settings("Test", topics, Duration.ofMillis(10)), clients, sink);
    List<Long> startedAt = new ArrayList<>();
    Map<TopicPartition, OffsetAndMetadata> committed = new HashMap<>();
    consumer.schedulePollTask(
        () -> {
          startedAt.add(consumer.position(new TopicPartition(Topics.VALIDATED.name(), 1)));
          startedAt.add(consumer.position(new TopicPartition(Topics.FILES.name(), 0)));
          consumer.addRecord(record(Topics.VALIDATED.name(), 1, 7, "v"));
          consumer.addRecord(record(Topics.FILES.name(), 0, 0, "poison"));
        });
    consumer.schedulePollTask(
        () -> {
          committed.putAll(consumer.committed(consumer.assignment()));
          loop.stop();
        });

    loop.run();

    assertThat(startedAt).containsExactly(7L, 0L); // stored offset; the beginning where none
    assertThat(sink.stored).containsExactly("ks1.validated.v1/1@7=v");
    assertThat(producer.history()).hasSize(1);
    ProducerRecord<String, byte[]> dead = producer.history().get(0);
    assertThat(dead.topic()).isEqualTo("ks1.dlq.v1");
    assertThat(dead.key()).isEqualTo("3302001");
    assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("poison");
    assertThat(header(dead, "ks1.origin")).isEqualTo("ks1.files.v1/0@0");
    assertThat(header(dead, "ks1.error")).isEqualTo("test could not use this record");
    // committed to Kafka too, for lag monitoring only
    assertThat(committed)
        .containsEntry(new TopicPartition(Topics.VALIDATED.name(), 1), new OffsetAndMetadata(8))
        .containsEntry(new TopicPartition(Topics.FILES.name(), 0), new OffsetAndMetadata(1));
    assertThat(producer.transactionInitialized()).isFalse();
  }

  @Test
  void aSinkThatFailsStopsTheLoopWithItsErrorAndNoReconnection() {
    Connections clients = new Connections();
    MockConsumer<String, byte[]> consumer = clients.add(List.of(Topics.VALIDATED));
    MemorySink sink = new MemorySink();
    sink.failure = new IllegalStateException("The store could not be written: disk full");
    consumer.schedulePollTask(() -> consumer.addRecord(record(Topics.VALIDATED.name(), 0, 0, "v")));
    ConsumerLoop loop =
        ConsumerLoop.intoSink(
            new ConsumerLoop.Settings("Test", List.of(Topics.VALIDATED), Duration.ofMillis(10)),
            clients,
            sink);

    assertThatThrownBy(loop::run)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("The store could not be written: disk full");
    assertThat(clients.made).isEqualTo(1);
    assertThat(consumer.closed()).isTrue();
  }

  @Test
  void aLoopStoppedBeforeItStartsMakesNoClients() {
    Connections clients = new Connections();
    clients.add(List.of(Topics.SUBMISSIONS));
    ConsumerLoop loop = ConsumerLoop.transactional(READ_SUBMISSIONS, clients, SHOUT);
    loop.stop();
    loop.run();
    assertThat(clients.made).isZero();
  }

  private static String header(ProducerRecord<String, byte[]> r, String name) {
    return new String(r.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
  }
}
