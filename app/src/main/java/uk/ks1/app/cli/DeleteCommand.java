package uk.ks1.app.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.producer.RecordMetadata;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.ks1.aggregate.writer.CommitSummary;
import uk.ks1.app.delete.DeletionPublisher;
import uk.ks1.app.delete.DeletionWaiter;
import uk.ks1.app.delete.RunningBroker;
import uk.ks1.app.delete.StoredSubmission;
import uk.ks1.app.pipeline.Ks1Config;
import uk.ks1.app.pipeline.Pipeline;
import uk.ks1.core.event.DeletionRequested;
import uk.ks1.core.event.EventIds;

/**
 * {@code ./ks1 delete SUBMISSION_ID}: asks, through Kafka, for a school's current submission to be
 * deleted (its data leaves every figure; its history stays). When {@code ./ks1 run} is running on
 * the data folder, the request goes to its broker and success is Kafka's acknowledgement (the
 * service holds the store, and its snapshot publisher refreshes the analysts' snapshot). Otherwise
 * this command runs the pipeline itself, checks the store first, waits until the store shows the
 * deletion, and refreshes the analysts' snapshot.
 */
@Command(
    name = "delete",
    description = "Delete a school's current submission: its data leaves every figure.",
    modelTransformer = SettingOptions.class)
public final class DeleteCommand implements Callable<Integer> {
  /** Exit code when the store refuses: no such submission, or not a current one. */
  public static final int REFUSED = 2;

  @Parameters(paramLabel = "SUBMISSION_ID", description = "e.g. 3302001-4f2a9c01d3")
  String submissionId;

  @Option(
      names = "--reason",
      defaultValue = "deleted with ./ks1 delete",
      description = "Why, kept with the request on Kafka (default: ${DEFAULT-VALUE})")
  String reason;

  @Option(
      names = "--wait-seconds",
      defaultValue = "60",
      description =
          "How long to wait for the store to take the deletion (default: ${DEFAULT-VALUE})")
  int waitSeconds;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Ks1Config config = SettingOptions.settings(spec).pipeline();
    Optional<String> school = EventIds.schoolOf(submissionId);
    if (school.isEmpty()) {
      err.printf(
          "'%s' is not a school's submission id (7-digit DfE number, '-', 10 hex digits, as in"
              + " the submissions table). Upload errors (F-...) count for nothing and need no"
              + " deletion.%n",
          submissionId);
      return REFUSED;
    }
    DeletionRequested request =
        new DeletionRequested(submissionId, school.get(), Clock.systemUTC().instant(), reason);
    Optional<String> running =
        config.embeddedKafka()
            ? RunningBroker.find(config.kafkaDir())
            : Optional.of(config.kafkaBootstrap());
    if (running.isPresent()) {
      RecordMetadata ack = DeletionPublisher.publish(running.get(), request);
      out.printf(
          "Deletion of %s requested: Kafka acknowledged it (%s partition %d, offset %d). The"
              + " running service removes the submission's data from every figure as soon as it"
              + " reads the request; the store shows it as deleted (it cannot be opened while the"
              + " service runs).%n",
          submissionId, ack.topic(), ack.partition(), ack.offset());
      return 0;
    }
    return deleteWithOwnPipeline(config, request, out, err);
  }

  private int deleteWithOwnPipeline(
      Ks1Config config, DeletionRequested request, PrintWriter out, PrintWriter err)
      throws Exception {
    DeletionWaiter waiter = new DeletionWaiter(submissionId);
    try (Pipeline pipeline = Pipeline.start(config, Clock.systemUTC(), waiter)) {
      Optional<StoredSubmission> stored = StoredSubmission.find(pipeline.store(), submissionId);
      if (stored.isEmpty()) {
        err.printf("No submission %s in the store at %s.%n", submissionId, config.storeFile());
        return REFUSED;
      }
      StoredSubmission s = stored.get();
      if (!s.isCurrent()) {
        err.printf(
            "%s is %s%s: only a school's current submission can be deleted.%n",
            submissionId,
            s.status(),
            s.replacedBy() == null ? "" : " (replaced by " + s.replacedBy() + ")");
        return REFUSED;
      }
      DeletionPublisher.publish(pipeline.bootstrap(), request);
      Optional<CommitSummary.Deletion> outcome = waiter.await(Duration.ofSeconds(waitSeconds));
      if (outcome.isEmpty()) {
        err.printf(
            "Kafka took the deletion of %s, but the store had not applied it after %d s; it will"
                + " when the pipeline next runs.%n",
            submissionId, waitSeconds);
        return 1;
      }
      if (!outcome.get().deleted()) {
        err.printf("The store refused: %s.%n", outcome.get().reason());
        return REFUSED;
      }
      pipeline.publishSnapshotNow(); // analysts see the deletion too
      out.printf(
          "Deleted %s (school %s, file %s): its %d pupil record(s) left every figure; its history"
              + " stays in submissions as deleted.%n",
          submissionId, s.laestab(), s.fileName(), s.pupils() == null ? 0 : s.pupils());
      return 0;
    }
  }
}
