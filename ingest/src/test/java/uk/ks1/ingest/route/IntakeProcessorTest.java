package uk.ks1.ingest.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ks1.core.identity.LaRegistry;
import uk.ks1.core.topic.Topics;
import uk.ks1.ingest.Ks1Registry;
import uk.ks1.ingest.file.FileIntake;
import uk.ks1.testkit.CtfBuilder;
import uk.ks1.testkit.TestPupil;
import uk.ks1.testkit.TestUpns;

/** The route's processor on a real exchange: the messages to send, and where the file will go. */
class IntakeProcessorTest {
  @TempDir Path data;

  private Exchange dropped(Path inbox, String relative) throws Exception {
    GenericFile<File> file = new GenericFile<>();
    Path path = inbox.resolve(relative);
    file.setAbsoluteFilePath(path.toString());
    file.setRelativeFilePath(relative);
    file.setFile(path.toFile());
    Exchange exchange = new DefaultExchange(new DefaultCamelContext());
    exchange.getIn().setBody(file);
    return exchange;
  }

  @Test
  void theFilesDestinationFolderIsMadeBeforeKafkaIsAsked() throws Exception {
    IntakeProcessor processor =
        new IntakeProcessor(
            FileIntake.standard(Ks1Registry.KS1, LaRegistry.standard(), 10_000_000, 2023),
            data,
            Clock.fixed(Instant.parse("2023-06-20T10:00:00Z"), ZoneOffset.UTC),
            uk.ks1.testkit.Seals.in(data));
    Path inbox = data.resolve("inbox");
    Path la = Files.createDirectories(inbox.resolve("330"));
    String name = "3302001.xml";
    CtfBuilder.school("3302001")
        .pupil(TestPupil.of(TestUpns.unique("330", "2001", 1), "EXS", "EXS", "EXS", "EXS"))
        .writeTo(la, name);
    Exchange exchange = dropped(inbox, "330/" + name);

    processor.process(exchange);

    // the move runs later, on a Kafka callback thread: its folder must already be there, made by
    // the one intake thread (two callback threads making it at once is a race Camel can lose)
    Path destination =
        Path.of(exchange.getIn().getHeader(IntakeProcessor.DESTINATION, String.class));
    assertThat(destination).isEqualTo(data.resolve("done/330/" + name));
    assertThat(destination.getParent()).isDirectory();
    assertThat(destination).doesNotExist();
    @SuppressWarnings("unchecked")
    List<Message> messages = exchange.getIn().getBody(List.class);
    assertThat(messages)
        .extracting(m -> m.getHeader(KafkaConstants.OVERRIDE_TOPIC))
        .containsExactly(Topics.SUBMISSIONS.name(), Topics.FILES.name());
    assertThat(messages)
        .extracting(m -> m.getHeader(KafkaConstants.KEY))
        .containsExactly("3302001", "330");
  }
}
