package uk.ks1.app;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import uk.ks1.aggregate.store.StoreSchemaException;
import uk.ks1.app.cli.BenchCommand;
import uk.ks1.app.cli.ConfirmCommand;
import uk.ks1.app.cli.DeleteCommand;
import uk.ks1.app.cli.GenerateCommand;
import uk.ks1.app.cli.LoadCommand;
import uk.ks1.app.cli.RebuildCommand;
import uk.ks1.app.cli.ReportCommand;
import uk.ks1.app.cli.RetireCommand;
import uk.ks1.app.cli.RunCommand;
import uk.ks1.app.cli.SchoolsCommand;
import uk.ks1.app.cli.SqlCommand;
import uk.ks1.app.config.SettingProblems;

/** The {@code ./ks1} command line. */
@Command(
    name = "ks1",
    mixinStandardHelpOptions = true,
    scope = ScopeType.INHERIT, // --help on every command too
    version = "ks1 0.1.0",
    description = "KS1 teacher-assessment returns: collect LA files, see live provisional figures.",
    subcommands = {
      RunCommand.class,
      LoadCommand.class,
      GenerateCommand.class,
      BenchCommand.class,
      RebuildCommand.class,
      SqlCommand.class,
      DeleteCommand.class,
      ReportCommand.class,
      SchoolsCommand.class,
      ConfirmCommand.class,
      RetireCommand.class
    })
public final class Ks1 {
  public static void main(String[] args) {
    // Batch commands keep the console for their own summary; the service logs what it does.
    boolean batch = args.length > 0 && !args[0].equals("run");
    System.setProperty(
        "ks1.log.level", System.getProperty("ks1.log.level", batch ? "WARN" : "INFO"));
    System.exit(execute(args));
  }

  /** Runs a command in this JVM and returns its exit code (what tests and benchmarks call). */
  public static int execute(String... args) {
    return commandLine().execute(args);
  }

  /** The same, with the command's output and error output going to the given writers. */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    return commandLine().setOut(out).setErr(err).execute(args);
  }

  static CommandLine commandLine() {
    return new CommandLine(new Ks1()).setExecutionExceptionHandler(Ks1::usageErrors);
  }

  /**
   * What the user can put right, found once the command runs: settings with problems (every one
   * printed) or input the command cannot use (with its usage). No stack trace; exit 2, as picocli
   * gives a usage error. A command that could not finish for a reason it words itself prints that
   * reason, no stack trace, and exits with 1.
   */
  private static int usageErrors(Exception e, CommandLine command, ParseResult parsed)
      throws Exception {
    if (e instanceof SettingProblems problems) {
      command.getErr().println(problems.getMessage());
      return CommandLine.ExitCode.USAGE;
    }
    if (e instanceof CommandInputException refused) {
      command.getErr().println(refused.getMessage());
      command.usage(command.getErr());
      return CommandLine.ExitCode.USAGE;
    }
    if (e instanceof CommandFailedException failed) {
      command.getErr().println(failed.getMessage());
      return CommandLine.ExitCode.SOFTWARE;
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof StoreSchemaException refused) {
        // a store of a newer release, or not a store: the message says what to do
        command.getErr().println(refused.getMessage());
        return CommandLine.ExitCode.SOFTWARE;
      }
    }
    throw e;
  }
}
