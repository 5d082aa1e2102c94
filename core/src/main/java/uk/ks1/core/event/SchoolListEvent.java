package uk.ks1.core.event;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A value on {@code ks1.schools.v1}: a change to the list of schools the LA expects returns from
 * (an import of DfE's list, the LA's correction of it) or a headteacher's confirmation. Each
 * travels as an event like the submissions, so a rebuild from the topics gives the same store.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = SchoolListImported.class, name = "SchoolListImported"),
  @JsonSubTypes.Type(value = ExpectedSet.class, name = "ExpectedSet"),
  @JsonSubTypes.Type(value = SchoolConfirmed.class, name = "SchoolConfirmed")
})
public sealed interface SchoolListEvent extends Inbound
    permits SchoolListImported, ExpectedSet, SchoolConfirmed {
  /** Unique per event: the store keeps each once. */
  String eventId();

  /** The Kafka key: the LA's code, so one LA's changes are applied in order. */
  String laCode();
}
