package uk.ks1.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ./ks1 report ...}: reports written from the store. */
@Command(
    name = "report",
    description = "Write reports from the store.",
    subcommands = {ErrorsReportCommand.class, MissingReportCommand.class, PacksReportCommand.class})
public final class ReportCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }
}
