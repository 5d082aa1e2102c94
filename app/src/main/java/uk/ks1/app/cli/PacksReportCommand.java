package uk.ks1.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.ks1.app.generate.CollectionChoice;
import uk.ks1.app.pipeline.Registered;
import uk.ks1.core.collection.CollectionDefinition;
import uk.ks1.reporting.figures.SummaryReader;
import uk.ks1.reporting.packs.SchoolPacks;

/**
 * {@code ./ks1 report packs --la 330 --collection C [--year Y] [--out DIR]}: every school's pack
 * (its summary PDF and its pupil list as CSV and XLSX, in one zip per school) and the LA's own
 * summary, with a progress bar while it runs. Pupil lists carry names, so the packs are read from
 * the store itself, never from the analysts' snapshot: while a service holds the store, this is
 * refused, saying so.
 */
@Command(
    name = "packs",
    description =
        "Packs back to schools: each school's summary PDF and pupil list (CSV, XLSX) in one zip,"
            + " and the LA's summary.",
    modelTransformer = SettingOptions.class)
public final class PacksReportCommand implements Callable<Integer> {
  @Option(names = "--la", required = true, description = "The LA's 3-digit code, e.g. 330")
  String la;

  @Option(
      names = "--collection",
      required = true,
      description = "The collection: its id or short name, e.g. phonics")
  String collection;

  @Option(names = "--year", description = "The summer (default: the latest with figures)")
  Integer year;

  @Option(
      names = "--out",
      defaultValue = ".",
      description = "Folder for the packs (default: the current folder)")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    SchoolArguments.la(spec, la);
    CollectionDefinition d = CollectionChoice.one(Registered.collections(), collection);
    Path data = SettingOptions.settings(spec).data();
    if (!SchoolArguments.hasStore(data, stderr, "load files first (./ks1 load)")) {
      return 1;
    }

    SchoolPacks.Written w;
    try {
      w =
          ReadOnlyStore.read(
              data,
              (c, snapshot) -> {
                if (snapshot) {
                  return null;
                }
                int summer = year != null ? year : SummaryReader.latestYear(c, d).orElse(0);
                try {
                  try (ConsoleProgress bar =
                      new ConsoleProgress(
                          stderr, "Packs", "schools", "Packs: %d of %d schools%n")) {
                    return SchoolPacks.write(c, d, la, summer, out, bar::update);
                  }
                } catch (java.io.IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              });
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
    if (w == null) {
      stderr.printf(
          "A service is running on %s and holds the store: the packs' pupil lists need the store"
              + " itself (the analysts' snapshot has no names). Stop the service, or run this on a"
              + " copy of the data folder.%n",
          data);
      return 2;
    }
    stdout.print(summary(w, out));
    return 0;
  }

  /** What was written, and which expected schools have no pack. */
  static String summary(SchoolPacks.Written w, Path out) {
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            "LA %s, %s %d: %d school pack(s) (%d pupils: summary PDF, pupil list CSV and XLSX in"
                + " one zip each)%s, in %s.%n",
            w.la(),
            w.collection(),
            w.year(),
            w.packs().size(),
            w.pupils(),
            w.laSummary() == null ? "; no LA summary (no figures)" : " and the LA's summary",
            out));
    w.packs().forEach(p -> s.append("Wrote ").append(p).append(System.lineSeparator()));
    if (w.laSummary() != null) {
      s.append("Wrote ").append(w.laSummary()).append(System.lineSeparator());
    }
    if (!w.missing().isEmpty()) {
      s.append(w.missing().size())
          .append(" expected school(s) have no pack:")
          .append(System.lineSeparator());
      w.missing()
          .forEach(
              m ->
                  s.append("  ")
                      .append(m.laestab())
                      .append(' ')
                      .append(m.name() == null ? "" : m.name())
                      .append(" (")
                      .append(m.status())
                      .append(')')
                      .append(System.lineSeparator()));
    }
    return s.toString();
  }
}
