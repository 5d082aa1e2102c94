package uk.ks1.core.event;

import java.time.Instant;

/**
 * A value on {@code ks1.dlq.v1}: a record a consumer could not use, as it was (its key and bytes),
 * where it came from ({@code topic/partition@offset}) and why, with the time the dead letter was
 * written. The bytes are kept as they were, never decoded: they are what could not be (and, an
 * array, they make two dead letters equal only if they are the same bytes object).
 */
public record DeadLetter(String origin, String reason, String key, byte[] value, Instant at)
    implements Inbound {}
