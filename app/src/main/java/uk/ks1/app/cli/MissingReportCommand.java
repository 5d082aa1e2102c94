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
import uk.ks1.reporting.completeness.ChaseList;

/**
 * {@code ./ks1 report missing --la 330 [--collection C] [--year Y] [--out DIR]}: the chase list, as
 * CSV and XLSX: each expected school not received, with errors or not confirmed, overdue first,
 * with its status, deadline, head's name and what is open. Reads the store read-only, or the
 * analysts' snapshot while the service holds the store (the list has no pupil data either way).
 */
@Command(
    name = "missing",
    description =
        "The chase list: each expected school not received, with errors or not confirmed (CSV and"
            + " XLSX).",
    modelTransformer = SettingOptions.class)
public final class MissingReportCommand implements Callable<Integer> {
  @Option(names = "--la", required = true, description = "The LA's 3-digit code, e.g. 330")
  String la;

  @Option(
      names = "--collection",
      description = "One collection: its id or short name (default: every collection)")
  String collection;

  @Option(names = "--year", description = "The summer (default: the latest the LA has)")
  Integer year;

  @Option(
      names = "--out",
      defaultValue = ".",
      description = "Folder for the files (default: the current folder)")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    SchoolArguments.la(spec, la);
    String id =
        collection == null ? null : CollectionChoice.one(Registered.collections(), collection).id();
    Path data = SettingOptions.settings(spec).data();
    if (!SchoolArguments.hasStore(data, stderr, "load files first (./ks1 load)")) {
      return 1;
    }
    ChaseList list = ReadOnlyStore.read(data, (c, snapshot) -> ChaseList.read(c, la, id, year));
    long overdue = list.entries().stream().filter(ChaseList.Entry::overdue).count();
    stdout.printf(
        "LA %s, %s %d: %d school(s) to chase, %d overdue.%n",
        la, id == null ? "every collection" : id, list.year(), list.entries().size(), overdue);
    list.write(out).forEach(p -> stdout.println("Wrote " + p));
    return 0;
  }
}
