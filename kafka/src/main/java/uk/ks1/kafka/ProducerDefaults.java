package uk.ks1.kafka;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * What every producer of the project writes with: the intake's (through Camel), validate's,
 * aggregate's dead letters and the delete command's. A role adds only what is its own (a
 * transactional id, its linger, its timeouts).
 */
public final class ProducerDefaults {
  /** Every in-sync replica has the record before it counts as sent. */
  public static final String ACKS = "all";

  /** A retried send is written once: no duplicate from a lost acknowledgement. */
  public static final boolean IDEMPOTENT = true;

  /**
   * Not compressed: lz4 cost the producer, the broker (it decompresses to validate) and every
   * consumer more CPU than it saved on a national load; the JSON is small next to a LAN's speed.
   */
  public static final String COMPRESSION = "none";

  /**
   * Batches up to 256 KB (the default is 16 KB, about one school's file): a request carries one
   * batch per partition, so small batches meant more requests for the broker to handle, and a
   * transaction's records for a partition went in many requests one after another.
   */
  public static final int BATCH_BYTES = 262_144;

  private ProducerDefaults() {}

  /** The client settings given ({@code bootstrap.servers} at least) with the defaults. */
  public static Map<String, Object> of(Map<String, Object> kafka) {
    Map<String, Object> p = new HashMap<>(kafka);
    p.put(ProducerConfig.ACKS_CONFIG, ACKS);
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, IDEMPOTENT);
    p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, COMPRESSION);
    p.put(ProducerConfig.BATCH_SIZE_CONFIG, BATCH_BYTES);
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    return p;
  }
}
