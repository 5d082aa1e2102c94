package uk.ks1.core.topic;

import java.util.List;
import uk.ks1.core.event.FileProcessed;
import uk.ks1.core.event.SubmissionEvent;
import uk.ks1.core.event.ValidatedEvent;

/**
 * The catalogue of topics, declared once. Names are versioned: a breaking change is a new topic.
 */
public final class Topics {
  public static final Topic SUBMISSIONS =
      new Topic("ks1.submissions.v1", "LAESTAB", SubmissionEvent.class);
  public static final Topic VALIDATED =
      new Topic("ks1.validated.v1", "LAESTAB", ValidatedEvent.class);
  public static final Topic FILES = new Topic("ks1.files.v1", "LA code", FileProcessed.class);

  /** Records a consumer could not decode, with the reason in the {@code ks1.error} header. */
  public static final Topic DLQ = new Topic("ks1.dlq.v1", "original key", byte[].class);

  public static final List<Topic> ALL = List.of(SUBMISSIONS, VALIDATED, FILES, DLQ);

  private Topics() {}
}
