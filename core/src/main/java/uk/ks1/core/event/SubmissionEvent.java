package uk.ks1.core.event;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** A value on {@code ks1.submissions.v1}: a school's parsed submission, or a deletion request. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = SubmissionReceived.class, name = "SubmissionReceived"),
  @JsonSubTypes.Type(value = DeletionRequested.class, name = "DeletionRequested")
})
public sealed interface SubmissionEvent extends Inbound
    permits SubmissionReceived, DeletionRequested {
  /** The Kafka key: the school's LAESTAB. */
  String laestab();
}
