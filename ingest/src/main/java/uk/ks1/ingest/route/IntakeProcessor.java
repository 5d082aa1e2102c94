package uk.ks1.ingest.route;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.support.DefaultMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.ks1.core.event.FileProcessed;
import uk.ks1.core.event.SubmissionReceived;
import uk.ks1.core.json.Json;
import uk.ks1.core.text.LogText;
import uk.ks1.core.topic.Topics;
import uk.ks1.identities.IdentitySeal;
import uk.ks1.ingest.file.Destinations;
import uk.ks1.ingest.file.FileIntake;
import uk.ks1.ingest.file.IntakeResult;
import uk.ks1.ingest.file.LaFolderPath;
import uk.ks1.ingest.report.ReportFiles;

/**
 * Adapts {@link FileIntake} to the route: the body becomes the batch of Kafka messages for the file
 * (its submissions, then its outcome; for a zip, those of every file in it), the reports are
 * written where the file goes, and a header says where that is once the messages are sent.
 */
public final class IntakeProcessor implements Processor {
  /** The header holding the absolute path the file is moved to after a successful send. */
  public static final String DESTINATION = "ks1Destination";

  private static final Logger LOG = LoggerFactory.getLogger(IntakeProcessor.class);

  private final FileIntake intake;
  private final IdentitySeal seal;
  private final Path dataDir;
  private final Clock clock;
  private final InboxLiveness liveness;
  private final Hook hook;

  /**
   * Run as each file is taken, before it is read, as a parser would (the fault tests hold the
   * intake or throw an {@code Error} here); none in service.
   */
  public interface Hook {
    Hook NONE = file -> {};

    void taking(Path file) throws Exception;
  }

  public IntakeProcessor(FileIntake intake, Path dataDir, Clock clock, IdentitySeal seal) {
    this(intake, dataDir, clock, seal, new InboxLiveness(clock), Hook.NONE);
  }

  /** {@code seal}: the identities of every submission are sealed before they reach Kafka. */
  public IntakeProcessor(
      FileIntake intake,
      Path dataDir,
      Clock clock,
      IdentitySeal seal,
      InboxLiveness liveness,
      Hook hook) {
    this.intake = intake;
    this.seal = seal;
    this.dataDir = dataDir;
    this.clock = clock;
    this.liveness = liveness;
    this.hook = hook;
  }

  @Override
  public void process(Exchange exchange) throws Exception {
    GenericFile<?> file = exchange.getIn().getBody(GenericFile.class);
    String relative = file.getRelativeFilePath().replace('\\', '/');
    String laFolder = relative.contains("/") ? relative.substring(0, relative.indexOf('/')) : "";
    liveness.taking(laFolder);
    try {
      process(exchange, Path.of(file.getAbsoluteFilePath()), relative, laFolder);
    } catch (Error e) {
      // after the file's intake (its reports, its messages): failed as an exception, so Camel
      // lets the file go and takes it again at a later poll; an Error would stop the poll
      throw new IOException("The intake of a file failed: " + LogText.escape(e.toString()), e);
    } finally {
      liveness.finished();
    }
  }

  private void process(Exchange exchange, Path path, String relative, String laFolder)
      throws Exception {
    Path inbox = path;
    for (int i = 0; i < Path.of(relative).getNameCount(); i++) {
      inbox = inbox.getParent();
    }
    LaFolderPath.requireInside(path, laFolder.isEmpty() ? inbox : inbox.resolve(laFolder));
    List<IntakeResult> results = intakeSurviving(path, laFolder);

    // The dropped file's own result is last; any before it are the files of a zip.
    IntakeResult dropped = results.get(results.size() - 1);
    Path destination = Destinations.of(dataDir, dropped);
    List<FileProcessed> outcomes = new ArrayList<>(results.size());
    for (IntakeResult result : results) {
      Path placed = result == dropped ? destination : Destinations.of(dataDir, result);
      // where the file is put, so the aggregate role can write an accepted file's report beside it
      outcomes.add(result.outcome().placed(placedAs(placed)));
      // Each file's folder (and so its reports') made here, on the one intake thread: the dropped
      // file's move runs when Kafka has acknowledged it, on whichever callback thread that is, and
      // two first files of an LA acknowledged at once would both try to make done/<LA>/ (Camel
      // gives up on the one that loses: "Cannot create directory", and the file is read again).
      madeDirectory(placed.getParent());
      if (result.unpacked() != null) {
        Files.write(placed, result.unpacked());
      }
      ReportFiles.writeBeside(placed, result);
      log(result);
    }
    exchange.getIn().setHeader(DESTINATION, destination.toAbsolutePath().toString());
    exchange.getIn().setBody(messages(exchange, results, outcomes));
  }

  /**
   * The file's results; when its intake throws anything but an I/O failure (a parser's bug, an
   * {@code OutOfMemoryError}), it is kept aside as unreadable (F01) rather than tried for ever. A
   * file that cannot be read now (or is not a regular file) stays, for a later poll.
   */
  private List<IntakeResult> intakeSurviving(Path path, String laFolder) throws Exception {
    try {
      hook.taking(path);
      return intake.intake(path, laFolder, clock.instant());
    } catch (IOException e) {
      throw e;
    } catch (RuntimeException | Error e) {
      LOG.error(
          "The intake of {} from LA {} failed ({}); it is kept aside as unreadable",
          LogText.escape(path.getFileName().toString()),
          LogText.escape(laFolder),
          LogText.escape(e.toString()));
      return intake.unreadable(path, laFolder, clock.instant(), e);
    }
  }

  /**
   * Makes the folder unless it is there: {@code Files.createDirectories} on a folder that exists
   * throws and catches an exception inside (about 60 microseconds, a second over a national load).
   */
  private static void madeDirectory(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      Files.createDirectories(folder);
    }
  }

  /** The path of a placed file relative to the data folder, with / between its parts. */
  private String placedAs(Path placed) {
    return dataDir
        .toAbsolutePath()
        .relativize(placed.toAbsolutePath())
        .toString()
        .replace('\\', '/');
  }

  /** Every submission, then every outcome: a zip's files before the zip's own. */
  private List<Message> messages(
      Exchange exchange, List<IntakeResult> results, List<FileProcessed> outcomes) {
    List<Message> batch = new ArrayList<>();
    for (IntakeResult result : results) {
      for (SubmissionReceived s : result.submissions()) {
        batch.add(
            message(exchange, Topics.SUBMISSIONS.name(), s.laestab(), Json.write(seal.seal(s))));
      }
    }
    for (FileProcessed outcome : outcomes) {
      batch.add(
          message(
              exchange,
              Topics.FILES.name(),
              outcome.file().laFolder(),
              Json.write(seal.seal(outcome))));
    }
    return batch;
  }

  private static Message message(Exchange exchange, String topic, String key, byte[] value) {
    Message m = new DefaultMessage(exchange.getContext());
    m.setHeader(KafkaConstants.OVERRIDE_TOPIC, topic);
    m.setHeader(KafkaConstants.KEY, key);
    m.setBody(value);
    return m;
  }

  private static void log(IntakeResult r) {
    if (r.accepted()) {
      int pupils = r.submissions().stream().mapToInt(s -> s.pupils().size()).sum();
      LOG.info(
          "Accepted {} from LA {}: {} submission(s), {} pupil record(s)",
          LogText.escape(r.facts().fileName()),
          LogText.escape(r.facts().laFolder()),
          r.submissions().size(),
          pupils);
    } else {
      LOG.info(
          "Rejected {} from LA {}: {}",
          LogText.escape(r.facts().fileName()),
          LogText.escape(r.facts().laFolder()),
          r.outcome().reasons().stream().map(i -> i.ruleId()).toList());
    }
  }
}
