package uk.ks1.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ./ks1 schools ...}: the LA's list of schools, whom it expects returns from. */
@Command(
    name = "schools",
    description = "The list of schools: import DfE's list (GIAS), correct whom the LA expects.",
    subcommands = {
      SchoolsImportCommand.class,
      SchoolsSetCommand.class,
      SchoolsOverlayCommand.class
    })
public final class SchoolsCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }
}
