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

/**
 * Builds the ingest role's Camel context: the Kafka component (idempotent, acks=all, records not
 * compressed, 20 ms linger, 256 KB batches) and the inbox route, with its options as properties.
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

    KafkaConfiguration config = new KafkaConfiguration();
    config.setBrokers(bootstrap);
    config.setKeySerializer(StringSerializer.class.getName());
    config.setValueSerializer(ByteArraySerializer.class.getName());
    config.setRequestRequiredAcks("all");
    config.setEnableIdempotence(true);
    // Not compressed: lz4 cost the producer, the broker (it decompresses to validate) and every
    // consumer more CPU than it saved on a national load; the JSON is small next to a LAN's speed.
    config.setCompressionCodec("none");
    config.setLingerMs(20);
    // Batches up to 256 KB (the default is 16 KB, about one school's file): a request carries one
    // batch per partition, so small batches meant more requests for the broker to handle.
    config.setProducerBatchSize(262_144);
    KafkaComponent kafka = new KafkaComponent();
    kafka.setConfiguration(config);
    camel.addComponent("kafka", kafka);

    camel.addRoutes(new InboxRoute(intake));
    return camel;
  }
}
