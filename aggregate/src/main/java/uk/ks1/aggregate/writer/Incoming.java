package uk.ks1.aggregate.writer;

/**
 * Where a consumed record sat (topic, partition, offset), decoupled from Kafka's classes: what the
 * store keeps as the consumer's next offsets, in the same transaction as the batch.
 */
public record Incoming(String topic, int partition, long offset) {}
