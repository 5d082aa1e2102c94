package uk.ks1.app.load;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ks1.app.CommandFailedException;

/** A load on which nothing moves ends with what it still waits for, in words. */
class LoadWaiterTest {
  @TempDir Path inbox;

  @Test
  void aStallSaysWhatTheLoadStillWaitsFor() throws Exception {
    Path waiting =
        Files.writeString(Files.createDirectories(inbox.resolve("330")).resolve("a.xml"), "x");
    LoadWaiter waiter = new LoadWaiter();
    waiter.expect("330", waiting);
    waiter.expect("330", inbox.resolve("330/b.xml")); // already gone from the inbox

    assertThatThrownBy(() -> waiter.await(2, Duration.ofSeconds(1), Optional::empty, done -> {}))
        .isInstanceOf(CommandFailedException.class)
        .hasMessage(
            "The load stopped: nothing has moved for 1 s (--stall-seconds). Still waiting for 2"
                + " file(s) (330/a.xml, 330/b.xml) and 0 submission(s). Files not yet read stay"
                + " in the inbox for the next load or ./ks1 run.");
  }
}
