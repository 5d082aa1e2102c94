package uk.ks1.validate.consumer;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import uk.ks1.core.topic.Topics;
import uk.ks1.identities.IdentitySeal;
import uk.ks1.kafka.Clients;
import uk.ks1.kafka.ConsumerDefaults;
import uk.ks1.kafka.ConsumerLoop;
import uk.ks1.kafka.ProducerDefaults;
import uk.ks1.validate.SubmissionValidator;

/**
 * The validate role: consume {@code ks1.submissions.v1}, validate, produce {@code ks1.validated.v1}
 * and commit the consumed offsets in the same Kafka transaction, so each submission is validated
 * exactly once. The loop is {@link ConsumerLoop#transactional}; what a record means is {@link
 * ValidateHandler}; this class holds the role's client settings.
 */
public final class ValidateConsumer implements Runnable {
  public static final String GROUP = "ks1-validate";

  private final ConsumerLoop loop;

  public ValidateConsumer(
      Map<String, Object> kafka,
      SubmissionValidator validator,
      Clock clock,
      IdentitySeal seal,
      String instance) {
    this.loop =
        ConsumerLoop.transactional(
            new ConsumerLoop.Settings(
                "Validate", List.of(Topics.SUBMISSIONS), Duration.ofMillis(500)),
            Clients.of(consumerConfig(kafka), producerConfig(kafka, instance)),
            new ValidateHandler(validator, clock, seal));
  }

  /**
   * Runs until {@link #stop()}. If the broker goes away mid-transaction, the transaction is aborted
   * and the clients are made again, resuming from the last committed offsets: nothing is lost and
   * nothing is validated into the topic twice.
   */
  @Override
  public void run() {
    loop.run();
  }

  /** Stops the loop from another thread; {@link #run()} returns after closing its clients. */
  public void stop() {
    loop.stop();
  }

  private static Map<String, Object> consumerConfig(Map<String, Object> kafka) {
    Map<String, Object> c = ConsumerDefaults.of(kafka, GROUP);
    c.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
    // Bigger batches per transaction: the broker answers a fetch when this much is waiting, or
    // after 50 ms (a backlog fills a fetch at once; when files trickle in, each waits up to
    // 50 ms). Every Kafka transaction costs the broker a handful of requests and a marker per
    // partition: at 10 ms a national load made about 2,100 transactions of 8 submissions.
    c.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 524_288);
    c.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 50);
    return c;
  }

  private static Map<String, Object> producerConfig(Map<String, Object> kafka, String instance) {
    Map<String, Object> p = ProducerDefaults.of(kafka);
    p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "ks1-validate-" + instance);
    p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    // One request in flight: a transaction's first write to a partition is checked with the
    // transaction coordinator first (transactions v2), and a second request sent meanwhile was
    // refused as out of order (retried, so nothing was wrong, but the broker logged an ERROR on
    // every start). A transaction's records go in one or two requests, so little waits on it.
    p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
    return p;
  }
}
