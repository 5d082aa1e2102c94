package uk.ks1.app.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.ks1.app.generate.CollectionChoice;
import uk.ks1.app.pipeline.Ks1Config;
import uk.ks1.app.pipeline.Registered;
import uk.ks1.app.schools.SchoolListDelivery;
import uk.ks1.core.collection.CollectionRegistry;
import uk.ks1.core.event.EventIds;
import uk.ks1.core.event.ExpectedSet;
import uk.ks1.schools.OverlayCsv;

/**
 * {@code ./ks1 schools overlay FILE}: the LA's corrections as a CSV, one {@code schools set} per
 * row ({@code LAESTAB, Collection, Year, Expected, Reason}; Year empty or absent: the service's
 * year). Every row is checked first, and a file with any problem is refused whole (exit 2, every
 * problem named); otherwise each row is sent as its own event, in the file's order, so a later row
 * for the same school, collection and year wins, as a later {@code schools set} does.
 */
@Command(
    name = "overlay",
    description =
        "The LA's corrections of whom it expects as a CSV: LAESTAB, Collection, Year, Expected,"
            + " Reason.",
    modelTransformer = SettingOptions.class)
public final class SchoolsOverlayCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "The overlay CSV")
  Path file;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(file)) {
      err.printf("No file at %s.%n", file);
      return 2;
    }
    CollectionRegistry registry = Registered.collections();
    OverlayCsv.Read read;
    try (InputStream in = Files.newInputStream(file)) {
      read = OverlayCsv.read(in, file.getFileName().toString(), name -> problem(registry, name));
    }
    if (!read.problems().isEmpty()) {
      err.printf(
          "%s was not applied: correct %s and send it again.%n",
          file.getFileName(), read.problems().size() == 1 ? "this" : "these");
      read.problems().forEach(p -> err.println("  " + p));
      return 2;
    }
    Ks1Config config = SettingOptions.settings(spec).pipeline();
    Instant now = Clock.systemUTC().instant();
    List<ExpectedSet> events =
        read.rows().stream()
            .map(
                r ->
                    new ExpectedSet(
                        EventIds.random("expected"),
                        r.laestab().substring(0, 3),
                        r.laestab(),
                        CollectionChoice.one(registry, r.collection()).id(),
                        r.year() != null ? r.year() : config.defaultYear(),
                        r.expected(),
                        r.reason(),
                        now))
            .toList();
    return SchoolListOutcome.report(
        SchoolListDelivery.deliver(config, events),
        read.rows().size() + " correction(s) from " + file.getFileName(),
        spec.commandLine().getOut());
  }

  private static String problem(CollectionRegistry registry, String name) {
    try {
      CollectionChoice.one(registry, name);
      return null;
    } catch (RuntimeException e) {
      // "Unknown collection 'x': use ..." -> "use ..."
      String m = String.valueOf(e.getMessage());
      return m.contains(": ") ? m.substring(m.indexOf(": ") + 2) : m;
    }
  }
}
