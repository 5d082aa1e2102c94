package uk.ks1.ingest.route;

import org.apache.camel.builder.RouteBuilder;
import uk.ks1.core.topic.Topics;
import uk.ks1.ingest.file.NotARegularFileException;

/**
 * Watches {@code inbox/<LA>/}: each settled file is parsed whole, its messages are sent to Kafka as
 * one batch, and only after Kafka acknowledged them does the file move to done/ or failed/. If the
 * send fails the file stays in the inbox and is tried again. Empty files are read too (the changed
 * read lock would otherwise wait for a first byte forever), so they are rejected like any bad file.
 */
public final class InboxRoute extends RouteBuilder {
  public static final String ROUTE_ID = "ks1-inbox";

  /** The registry name of the filter: {@link RegularFilesOnly}, then {@link SettledFiles}. */
  static final String FILTER = "ks1InboxFilter";

  /** The registry name of the {@link InboxScheduler}, which runs the polls. */
  static final String SCHEDULER = "ks1InboxScheduler";

  private final IntakeProcessor intake;

  public InboxRoute(IntakeProcessor intake) {
    this.intake = intake;
  }

  @Override
  public void configure() {
    errorHandler(defaultErrorHandler().maximumRedeliveries(3).redeliveryDelay(1000));
    // swapped for a link (or a pipe...) since the poll looked: left where it is, not tried again
    // now; the next poll leaves it alone and names it
    onException(NotARegularFileException.class)
        .maximumRedeliveries(0)
        .logExhausted(false)
        .logStackTrace(false);

    from("file:{{ks1.inbox}}?recursive=true"
            // settled = unchanged for settle-ms; empty files too (they get a clear rejection).
            // A poll takes only files already settled (the filter), so the read lock never
            // sleeps on a young file while settled ones wait behind it; a file still being
            // written when it is locked is skipped after a short wait and tried again later.
            // One consumer owns the inbox, so no .camelLock marker files (two file operations
            // a file saved).
            + "&readLock=changed&readLockMinAge={{ks1.inbox.settle-ms}}&readLockMinLength=0"
            + "&readLockMarkerFile=false"
            + "&readLockCheckInterval=50&readLockTimeout={{ks1.inbox.lock-timeout-ms}}"
            // regular files only, never through a link: a linked folder is not entered, a link,
            // a named pipe, a device or a socket is left alone (and named once in the log)
            + "&filter=#"
            + FILTER
            // the polls run every poll-ms by a scheduler that survives anything they throw;
            // greedy: a poll that found files is followed at once by the next (the delay is for
            // an inbox with nothing settled, not for a backlog)
            + "&scheduler=#"
            + SCHEDULER
            + "&greedy=true&maxMessagesPerPoll=500"
            // what load leaves out too: hidden names, unfinished files (*.part...)
            + "&exclude="
            + IgnoredFiles.EXCLUDE
            + "&move=${header."
            + IntakeProcessor.DESTINATION
            + "}")
        .routeId(ROUTE_ID)
        .process(intake)
        .to("kafka:" + Topics.SUBMISSIONS.name());
  }
}
