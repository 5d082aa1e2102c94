package uk.ks1.core.event;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A value on {@code ks1.validated.v1}: a validated submission, or a deletion passed on in order
 * with that school's submissions.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = SubmissionValidated.class, name = "SubmissionValidated"),
  @JsonSubTypes.Type(value = DeletionRequested.class, name = "DeletionRequested")
})
public sealed interface ValidatedEvent extends Inbound
    permits SubmissionValidated, DeletionRequested {
  String laestab();
}
