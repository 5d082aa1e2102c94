package uk.ks1.ingest.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;
import uk.ks1.kafka.ProducerDefaults;

/** The intake's Kafka producer writes with the same defaults as every other producer. */
class IngestCamelTest {
  @Test
  void camelsProducerCarriesEveryProducerDefaultAndItsOwnLinger() {
    Properties camel = IngestCamel.kafkaConfiguration("localhost:9092").createProducerProperties();

    Map<String, Object> defaults = ProducerDefaults.of(Map.of());
    assertThat(defaults).isNotEmpty();
    for (Map.Entry<String, Object> d : defaults.entrySet()) {
      Object expected = d.getValue() instanceof Class<?> c ? c.getName() : d.getValue().toString();
      assertThat(String.valueOf(camel.get(d.getKey()))).as(d.getKey()).isEqualTo(expected);
    }
    assertThat(camel.get(ProducerConfig.LINGER_MS_CONFIG)).hasToString("20");
  }
}
