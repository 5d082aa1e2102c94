package uk.ks1.ingest.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Camel file consumer whose processing throws an {@code Error} for one file: with Camel's
 * own scheduler that is the end of the polls; with the inbox's, the next file is taken.
 */
@Timeout(30)
class InboxSchedulerTest {
  @TempDir Path dir;
  private final List<String> taken = new CopyOnWriteArrayList<>();
  private final InboxLiveness liveness = new InboxLiveness(Clock.systemUTC());

  private DefaultCamelContext camel(String schedulerOption) throws Exception {
    DefaultCamelContext camel = new DefaultCamelContext();
    // the exchange the Error broke never completes: do not wait for it when stopping
    camel.getShutdownStrategy().setTimeout(1);
    camel.getRegistry().bind("inbox", new InboxScheduler(20, liveness, new NotRegularEntries()));
    camel.addRoutes(
        new RouteBuilder() {
          @Override
          public void configure() {
            from("file:" + dir + "?delete=true&initialDelay=0&delay=20" + schedulerOption)
                .process(
                    e -> {
                      String name = e.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class);
                      taken.add(name);
                      if (name.equals("oom.csv")) {
                        throw new OutOfMemoryError("as a file too big for the heap would");
                      }
                    });
          }
        });
    return camel;
  }

  private void dropBoth(DefaultCamelContext camel) throws Exception {
    Files.writeString(dir.resolve("oom.csv"), "x");
    camel.start();
    await().atMost(Duration.ofSeconds(10)).until(() -> taken.contains("oom.csv"));
    Files.writeString(dir.resolve("good.csv"), "x");
  }

  @Test
  void withCamelsOwnSchedulerAnErrorFromOneFileStopsThePollsForGood() throws Exception {
    try (DefaultCamelContext camel = camel("")) {
      dropBoth(camel);
      // the defect this scheduler is for: nothing is ever taken again
      await()
          .during(Duration.ofSeconds(2))
          .atMost(Duration.ofSeconds(3))
          .until(() -> !taken.contains("good.csv"));
    }
  }

  @Test
  void withTheInboxSchedulerTheNextFileIsStillTakenAndThePollsToldToTheLiveness() throws Exception {
    try (DefaultCamelContext camel = camel("&scheduler=#inbox")) {
      dropBoth(camel);
      await().atMost(Duration.ofSeconds(5)).until(() -> taken.contains("good.csv"));
      assertThat(liveness.sinceLastActivity()).isLessThan(Duration.ofSeconds(1));
    }
  }
}
