package uk.ks1.core.event;

import java.time.Instant;

/** A request to delete a submission: its data leaves every figure; its history stays. */
public record DeletionRequested(
    String submissionId, String laestab, Instant requestedAt, String reason)
    implements SubmissionEvent, ValidatedEvent {}
