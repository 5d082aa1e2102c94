package uk.ks1.aggregate.writer;

/**
 * A record as the aggregate consumer received it, decoupled from Kafka's classes: where it sits
 * (topic, partition, offset, broker timestamp), its key and value, and for a dead letter its origin
 * and reason.
 */
public record Incoming(
    String topic,
    int partition,
    long offset,
    long timestamp,
    String key,
    byte[] value,
    String origin,
    String reason) {}
