package uk.ks1.app.config;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A command's settings have problems, so it does not start: every problem found, one per line, then
 * a line saying nothing was started. The CLI prints the message (no stack trace) and exits with 2.
 */
public final class SettingProblems extends RuntimeException {
  private final transient List<Problem> problems;

  public SettingProblems(String command, List<Problem> problems) {
    super(message(command, problems), null, false, false);
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }

  private static String message(String command, List<Problem> problems) {
    return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"))
        + "\n"
        + "ks1 "
        + command
        + " did not start: "
        + (problems.size() == 1 ? "1 problem" : problems.size() + " problems")
        + " in its settings. Nothing was started; correct "
        + (problems.size() == 1 ? "it" : "them")
        + " and start again (docs/configuration.md).";
  }
}
