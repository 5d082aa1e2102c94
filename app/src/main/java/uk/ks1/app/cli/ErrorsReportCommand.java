package uk.ks1.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import uk.ks1.app.pipeline.Ks1Config;
import uk.ks1.core.identity.LaRegistry;
import uk.ks1.reporting.errors.DataErrorsExport;
import uk.ks1.reporting.errors.DataErrorsReport;
import uk.ks1.reporting.errors.ReportScope;

/**
 * {@code ./ks1 report errors --la 330 [--school 3302001] [--per-school] [--out DIR]}: the
 * data-errors report as CSV and XLSX, for an LA or one school. Reads the store read-only; while the
 * service holds it (DuckDB lets one process open the file), reads the analysts' snapshot instead,
 * which has no pupil identities.
 */
@Command(
    name = "errors",
    description =
        "The data-errors report (grouped by school, then pupil, errors before queries, with counts"
            + " per rule) as CSV and XLSX.",
    modelTransformer = SettingOptions.class)
public final class ErrorsReportCommand implements Callable<Integer> {
  @Option(names = "--la", required = true, description = "The LA's 3-digit code, e.g. 330")
  String la;

  @Option(names = "--school", description = "Only this school (7-digit DfE number)")
  String school;

  @Option(names = "--per-school", description = "Also one set of files per school of the LA")
  boolean perSchool;

  @Option(
      names = "--out",
      defaultValue = ".",
      description = "Folder for the files (default: the current folder)")
  Path out;

  @Option(
      names = "--no-identities",
      description = "Leave out pupils' UPNs and names (rows and pupil keys stay)")
  boolean noIdentities;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    Path data = SettingOptions.settings(spec).data();
    ReportScope scope = scope();
    Path store = Ks1Config.storeIn(data);
    if (!Files.isRegularFile(store)) {
      stderr.printf("No store at %s: load files first (./ks1 load).%n", store);
      return 1;
    }
    boolean[] fromSnapshot = {false};
    DataErrorsReport report =
        ReadOnlyStore.read(
            data,
            (c, snapshot) -> {
              fromSnapshot[0] = snapshot;
              // the analysts' snapshot (seconds old) has no names
              return DataErrorsReport.read(c, scope, !noIdentities && !snapshot);
            });
    if (fromSnapshot[0]) {
      stderr.printf(
          "The store is in use by a running ks1 process, so this report comes from the analysts'"
              + " snapshot %s, without pupils' UPNs and names. Stop the service for the full"
              + " report.%n",
          Ks1Config.snapshotIn(data));
    }
    List<Path> written = new ArrayList<>(DataErrorsExport.write(report, out));
    if (perSchool && scope.laestab() == null) {
      for (String s : report.schools()) {
        written.addAll(DataErrorsExport.write(report.forSchool(s), out));
      }
    }
    stdout.printf(
        "%s %s: %d error(s) and %d query(ies) in %d school(s).%n",
        scope.laestab() == null ? "LA" : "School",
        scope.key(),
        report.errors(),
        report.queries(),
        report.schools().size());
    written.forEach(p -> stdout.println("Wrote " + p));
    return 0;
  }

  private ReportScope scope() {
    if (!LaRegistry.standard().isCurrent(la)) {
      throw new ParameterException(
          spec.commandLine(), "--la " + la + " is not one of the 153 English LA codes");
    }
    if (school != null && !school.matches(la + "\\d{4}")) {
      throw new ParameterException(
          spec.commandLine(),
          "--school " + school + " is not a 7-digit DfE number of LA " + la + " (" + la + "NNNN)");
    }
    return new ReportScope(la, school);
  }
}
