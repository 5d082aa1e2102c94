package uk.ks1.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.ks1.app.CommandInputException;
import uk.ks1.app.pipeline.Ks1Config;
import uk.ks1.app.schools.SchoolListDelivery;
import uk.ks1.core.event.EventIds;
import uk.ks1.core.event.SchoolListImported;
import uk.ks1.core.identity.LaRegistry;
import uk.ks1.core.school.ListedSchool;
import uk.ks1.schools.GiasExtract;
import uk.ks1.schools.GiasFormatException;
import uk.ks1.schools.GiasReader;

/**
 * {@code ./ks1 schools import [--data DIR] FILE}: reads DfE's list of schools (GIAS's {@code
 * edubasealldataYYYYMMDD.csv}, or the zip it is downloaded in) and sends each LA's schools as one
 * event on {@code ks1.schools.v1}. The store keeps every import as history; an LA's latest extract
 * is its list, from which each collection's expected schools follow (docs/schools.md).
 *
 * <p>A school closed more than two years before the extract is left out: GIAS keeps every school
 * ever closed, and none of them is expected in the summers an extract serves.
 */
@Command(
    name = "import",
    description = "Import DfE's list of schools (GIAS edubasealldataYYYYMMDD.csv, or its zip).",
    modelTransformer = SettingOptions.class)
public final class SchoolsImportCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "edubasealldataYYYYMMDD.csv, or the zip")
  Path file;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isRegularFile(file)) {
      throw new CommandInputException(file + " is not a file: give GIAS's extract (or its zip)");
    }
    GiasExtract extract;
    try {
      extract = GiasReader.read(file);
    } catch (GiasFormatException e) {
      throw new CommandInputException(file.getFileName() + ": " + e.getMessage());
    }
    Ks1Config config = SettingOptions.settings(spec).pipeline();
    Instant now = Clock.systemUTC().instant();
    String importId = EventIds.random("import");
    LocalDate oldest = extract.extractDate().minusYears(2);
    Map<String, List<ListedSchool>> byLa = new TreeMap<>();
    int left = 0;
    for (var s : extract.schools()) {
      ListedSchool school = s;
      String la = school.laestab().substring(0, 3);
      if (!LaRegistry.standard().isCurrent(la)
          || (school.closeDate() != null && school.closeDate().isBefore(oldest))) {
        left++;
        continue;
      }
      byLa.computeIfAbsent(la, k -> new ArrayList<>()).add(school);
    }
    List<SchoolListImported> events = new ArrayList<>();
    byLa.forEach(
        (la, schools) ->
            events.add(
                new SchoolListImported(
                    EventIds.random("schools"),
                    importId,
                    la,
                    extract.extractDate(),
                    now,
                    file.getFileName().toString(),
                    schools)));
    int kept = events.stream().mapToInt(e -> e.schools().size()).sum();
    return SchoolListOutcome.report(
        SchoolListDelivery.deliver(config, events),
        "Imported "
            + kept
            + " school(s) of "
            + events.size()
            + " LA(s) from "
            + file.getFileName()
            + " (extract of "
            + extract.extractDate()
            + "; "
            + left
            + " left out: closed before "
            + oldest
            + " or outside England's LAs; "
            + extract.skippedRows()
            + " row(s) without an establishment number)",
        out);
  }
}
