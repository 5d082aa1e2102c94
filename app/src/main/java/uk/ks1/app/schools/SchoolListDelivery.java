package uk.ks1.app.schools;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.producer.ProducerRecord;
import uk.ks1.aggregate.store.Store;
import uk.ks1.app.delete.RunningBroker;
import uk.ks1.app.pipeline.CommandProducer;
import uk.ks1.app.pipeline.Ks1Config;
import uk.ks1.app.pipeline.Pipeline;
import uk.ks1.core.event.SchoolListEvent;
import uk.ks1.core.json.Json;
import uk.ks1.core.topic.Topics;
import uk.ks1.reporting.completeness.ConfirmationEndpoint;

/**
 * How the list commands ({@code schools import}, {@code schools set}, {@code confirm}) deliver
 * their events on {@code ks1.schools.v1}, keyed by the LA: to the broker of a service running on
 * the data folder (its store takes them as it reads them), or else through a pipeline of their own
 * that waits until the store holds every event and refreshes the analysts' snapshot.
 */
public final class SchoolListDelivery {
  /** What became of the events. */
  public enum Outcome {
    /** A running service's broker took them; the service applies them. */
    SENT_TO_SERVICE,
    /** The store holds them. */
    STORED,
    /** Kafka took them but the store had not shown them in time. */
    NOT_YET_STORED
  }

  /** A check of the store before the events are sent: why not, or empty to go on. */
  @FunctionalInterface
  public interface Check {
    Optional<String> refusal(Store store) throws SQLException;

    Check NONE = store -> Optional.empty();
  }

  /** Thrown when the check refuses: nothing was sent. */
  public static final class Refused extends Exception {
    public Refused(String why) {
      super(why);
    }
  }

  private SchoolListDelivery() {}

  public static Outcome deliver(Ks1Config config, List<? extends SchoolListEvent> events)
      throws Exception {
    return deliver(config, events, Check.NONE);
  }

  /**
   * As {@link #deliver(Ks1Config, List)}, after {@code check} of the store (only when this command
   * runs the pipeline: a running service holds the store, and applies the events as they come).
   */
  public static Outcome deliver(
      Ks1Config config, List<? extends SchoolListEvent> events, Check check) throws Exception {
    List<ProducerRecord<String, byte[]>> records =
        events.stream().map(SchoolListDelivery::record).toList();
    Optional<String> running =
        config.embeddedKafka()
            ? RunningBroker.find(config.kafkaDir())
            : Optional.of(config.kafkaBootstrap());
    if (running.isPresent()) {
      CommandProducer.send(running.get(), records, "change to the list of schools");
      return Outcome.SENT_TO_SERVICE;
    }
    try (Pipeline pipeline = Pipeline.start(config, Clock.systemUTC(), null)) {
      Optional<String> refusal = check.refusal(pipeline.store());
      if (refusal.isPresent()) {
        throw new Refused(refusal.get());
      }
      CommandProducer.send(pipeline.bootstrap(), records, "change to the list of schools");
      List<String> ids = events.stream().map(SchoolListEvent::eventId).toList();
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (stored(pipeline.store(), ids) < ids.size()) {
        if (System.nanoTime() > deadline) {
          return Outcome.NOT_YET_STORED;
        }
        Thread.sleep(100);
      }
      pipeline.publishSnapshotNow();
      return Outcome.STORED;
    }
  }

  /** An event as its record on {@code ks1.schools.v1}, keyed by the LA. */
  static ProducerRecord<String, byte[]> record(SchoolListEvent e) {
    return new ProducerRecord<>(Topics.SCHOOLS.name(), e.laCode(), Json.write(e));
  }

  /**
   * The sink of a running service's API for headteachers' confirmations: each is sent to the
   * service's own broker, as {@code ./ks1 confirm} sends it.
   */
  public static ConfirmationEndpoint.Sink toBroker(String bootstrap) {
    return confirmation ->
        CommandProducer.send(bootstrap, List.of(record(confirmation)), "confirmation");
  }

  /** How many of the events the store holds, by their ids. */
  static int stored(Store store, List<String> ids) throws SQLException {
    try (Connection c = store.reader();
        PreparedStatement q =
            c.prepareStatement(
                "SELECT count(*) FROM (SELECT event_id FROM school_list_imports UNION ALL SELECT"
                    + " event_id FROM expected_overlay UNION ALL SELECT event_id FROM"
                    + " school_confirmations) WHERE event_id IN ("
                    + String.join(", ", java.util.Collections.nCopies(ids.size(), "?"))
                    + ")")) {
      for (int i = 0; i < ids.size(); i++) {
        q.setString(i + 1, ids.get(i));
      }
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }
}
