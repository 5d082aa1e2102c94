package uk.ks1.core.topic;

import java.util.List;
import uk.ks1.core.event.DeadLetter;
import uk.ks1.core.event.FileProcessed;
import uk.ks1.core.event.SchoolListEvent;
import uk.ks1.core.event.SubmissionEvent;
import uk.ks1.core.event.ValidatedEvent;

/**
 * The catalogue of topics, declared once. Names are versioned: a breaking change is a new topic.
 */
public final class Topics {
  public static final Topic<SubmissionEvent> SUBMISSIONS =
      new Topic<>("ks1.submissions.v1", "LAESTAB", SubmissionEvent.class);
  public static final Topic<ValidatedEvent> VALIDATED =
      new Topic<>("ks1.validated.v1", "LAESTAB", ValidatedEvent.class);
  public static final Topic<FileProcessed> FILES =
      new Topic<>("ks1.files.v1", "LA code", FileProcessed.class);

  /** The LA's list of schools, its corrections and confirmations, keyed by the LA. */
  public static final Topic<SchoolListEvent> SCHOOLS =
      new Topic<>("ks1.schools.v1", "LA code", SchoolListEvent.class);

  /**
   * Records a consumer could not use: the original key and bytes, with where they came from and why
   * in headers.
   */
  public static final Topic<DeadLetter> DLQ =
      new Topic<>("ks1.dlq.v1", "original key", DeadLetter.class);

  public static final List<Topic<?>> ALL = List.of(SUBMISSIONS, VALIDATED, FILES, SCHOOLS, DLQ);

  private Topics() {}

  /** The catalogue's topic of that name. */
  public static Topic<?> named(String name) {
    for (Topic<?> topic : ALL) {
      if (topic.name().equals(name)) {
        return topic;
      }
    }
    throw new IllegalArgumentException(name + " is not a topic of the catalogue");
  }
}
