package uk.ks1.core.event;

/**
 * A value as a consumer reads it from one of the catalogue's topics, of the type the topic declares
 * ({@link uk.ks1.core.topic.Topic#valueType()}). Sealed, so a consumer that handles every case of
 * it has handled every topic: there is no branch on topic names.
 */
public sealed interface Inbound
    permits SubmissionEvent, ValidatedEvent, FileProcessed, DeadLetter, SchoolListEvent {}
