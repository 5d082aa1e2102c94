package uk.ks1.ingest.route;

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
import uk.ks1.core.event.SubmissionReceived;
import uk.ks1.core.json.Json;
import uk.ks1.core.topic.Topics;
import uk.ks1.ingest.file.Destinations;
import uk.ks1.ingest.file.FileIntake;
import uk.ks1.ingest.file.IntakeResult;
import uk.ks1.ingest.file.RejectionReport;

/**
 * Adapts {@link FileIntake} to the route: the body becomes the batch of Kafka messages for the file
 * (its submissions, then its outcome), and a header says where the file goes once they are sent.
 */
public final class IntakeProcessor implements Processor {
  /** The header holding the absolute path the file is moved to after a successful send. */
  public static final String DESTINATION = "ks1Destination";

  private static final Logger LOG = LoggerFactory.getLogger(IntakeProcessor.class);

  private final FileIntake intake;
  private final Path dataDir;
  private final Clock clock;

  public IntakeProcessor(FileIntake intake, Path dataDir, Clock clock) {
    this.intake = intake;
    this.dataDir = dataDir;
    this.clock = clock;
  }

  @Override
  public void process(Exchange exchange) throws Exception {
    GenericFile<?> file = exchange.getIn().getBody(GenericFile.class);
    String relative = file.getRelativeFilePath().replace('\\', '/');
    String laFolder = relative.contains("/") ? relative.substring(0, relative.indexOf('/')) : "";
    IntakeResult result =
        intake.intake(Path.of(file.getAbsoluteFilePath()), laFolder, clock.instant());

    Path destination = Destinations.of(dataDir, result);
    if (!result.accepted()) {
      RejectionReport.write(Destinations.reportFor(destination), result);
    }
    log(result);
    exchange.getIn().setHeader(DESTINATION, destination.toAbsolutePath().toString());
    exchange.getIn().setBody(messages(exchange, result));
  }

  private static List<Message> messages(Exchange exchange, IntakeResult result) {
    List<Message> batch = new ArrayList<>(result.submissions().size() + 1);
    for (SubmissionReceived s : result.submissions()) {
      batch.add(message(exchange, Topics.SUBMISSIONS.name(), s.laestab(), Json.write(s)));
    }
    batch.add(
        message(
            exchange,
            Topics.FILES.name(),
            result.facts().laFolder(),
            Json.write(result.outcome())));
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
          r.facts().fileName(),
          r.facts().laFolder(),
          r.submissions().size(),
          pupils);
    } else {
      LOG.info(
          "Rejected {} from LA {}: {}",
          r.facts().fileName(),
          r.facts().laFolder(),
          r.outcome().reasons().stream().map(i -> i.ruleId()).toList());
    }
  }
}
