package uk.ks1.ingest.route;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Properties;
import org.apache.camel.CamelContext;
import org.apache.camel.component.kafka.KafkaComponent;
import org.apache.camel.component.kafka.KafkaConfiguration;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import uk.ks1.kafka.ProducerDefaults;

/**
 * Builds the ingest role's Camel context: the Kafka component (the project's {@link
 * ProducerDefaults}, with a 20 ms linger) and the inbox route, with its options as properties.
 */
public final class IngestCamel {
  private IngestCamel() {}

  /**
   * {@code liveness} hears of every poll and is the one {@code intake} keeps: the poll's scheduler
   * is {@link InboxScheduler}, which survives anything a poll throws, and the filter {@link
   * RegularFilesOnly} in front of {@link SettledFiles}.
   */
  public static CamelContext create(
      String bootstrap,
      Path inbox,
      long settleMillis,
      long pollMillis,
      IntakeProcessor intake,
      InboxLiveness liveness)
      throws Exception {
    DefaultCamelContext camel = new DefaultCamelContext();
    camel.getCamelContextExtension().setName("ks1-ingest");
    Properties props = new Properties();
    props.setProperty("ks1.inbox", inbox.toAbsolutePath().toString());
    props.setProperty("ks1.inbox.settle-ms", Long.toString(settleMillis));
    props.setProperty("ks1.inbox.lock-timeout-ms", Long.toString(settleMillis + 2000));
    camel.getPropertiesComponent().setInitialProperties(props);
    NotRegularEntries notRegular = new NotRegularEntries();
    camel
        .getRegistry()
        .bind(
            InboxRoute.FILTER,
            new RegularFilesOnly<>(
                new SettledFiles<>(settleMillis, Clock.systemUTC()), notRegular));
    camel
        .getRegistry()
        .bind(InboxRoute.SCHEDULER, new InboxScheduler(pollMillis, liveness, notRegular));

    KafkaComponent kafka = new KafkaComponent();
    kafka.setConfiguration(kafkaConfiguration(bootstrap));
    camel.addComponent("kafka", kafka);

    camel.addRoutes(new InboxRoute(intake));
    return camel;
  }

  /** The Kafka component's settings: the project's producer defaults, with a 20 ms linger. */
  static KafkaConfiguration kafkaConfiguration(String bootstrap) {
    KafkaConfiguration config = new KafkaConfiguration();
    config.setBrokers(bootstrap);
    config.setKeySerializer(StringSerializer.class.getName());
    config.setValueSerializer(ByteArraySerializer.class.getName());
    // Camel sets each producer setting from its own option: the project's defaults go in by name
    config.setRequestRequiredAcks(ProducerDefaults.ACKS);
    config.setEnableIdempotence(ProducerDefaults.IDEMPOTENT);
    config.setCompressionCodec(ProducerDefaults.COMPRESSION);
    config.setProducerBatchSize(ProducerDefaults.BATCH_BYTES);
    config.setLingerMs(20);
    return config;
  }
}
