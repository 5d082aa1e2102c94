package uk.ks1.core.event;

import java.time.Instant;

/**
 * What is known about a file before reading it: where it came from (the LA folder), its name,
 * content hash, format and size, and when it was received.
 */
public record FileFacts(
    String fileId,
    String laFolder,
    String fileName,
    String sha256,
    String format,
    long sizeBytes,
    Instant receivedAt) {}
