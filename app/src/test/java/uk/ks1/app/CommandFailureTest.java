package uk.ks1.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** A command that could not finish says why in its own words: exit 1, no stack trace. */
class CommandFailureTest {
  @Command(name = "stalls")
  static final class Stalls implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new CommandFailedException(
          "The load stopped: nothing has moved for 10 s.", new IllegalStateException("inner"));
    }
  }

  @Test
  void theReasonIsPrintedAloneAndTheExitCodeIsOne() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli =
        Ks1.commandLine()
            .addSubcommand(new Stalls())
            .setOut(new PrintWriter(out, true))
            .setErr(new PrintWriter(err, true));

    assertThat(cli.execute("stalls")).isEqualTo(1);
    assertThat(err.toString())
        .isEqualTo("The load stopped: nothing has moved for 10 s." + System.lineSeparator());
    assertThat(out.toString()).isEmpty();
  }
}
