package uk.ks1.app.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import uk.ks1.app.pipeline.Ks1Config;
import uk.ks1.app.pipeline.Role;
import uk.ks1.core.collection.CollectionYear;
import uk.ks1.core.identity.LaRegistry;

/** The options every command that runs the pipeline shares. */
public final class CommonOptions {
  @Option(
      names = "--data",
      defaultValue = "${env:KS1_DATA:-data}",
      description =
          "Data folder: inbox/, done/, failed/, kafka/, ks1.duckdb (default: ${DEFAULT-VALUE})")
  Path data;

  @Option(
      names = "--year",
      description =
          "Collection year (summer) for files that do not state one (default: this academic"
              + " year's summer)")
  Integer year;

  @Option(
      names = "--kafka",
      defaultValue = "${env:KS1_KAFKA_BOOTSTRAP}",
      description = "Kafka bootstrap servers of a real cluster (default: an embedded broker)")
  String kafka;

  @Option(
      names = "--max-file-mb",
      defaultValue = "50",
      description = "Largest file accepted, in MB (default: ${DEFAULT-VALUE})")
  long maxFileMb;

  @Option(
      names = "--settle-ms",
      defaultValue = "300",
      description = "A dropped file is read once unchanged this long (default: ${DEFAULT-VALUE})")
  long settleMillis;

  @Option(
      names = "--strict-las",
      defaultValue = "${env:KS1_STRICT_LAS}",
      split = ",",
      paramLabel = "LA",
      description =
          "LA codes in strict mode: a school's submission with any error is rejected whole (upload"
              + " error) and its earlier data stays (default: none)")
  List<String> strictLas;

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  public Ks1Config config() {
    int collectionYear = year != null ? year : CollectionYear.currentSummer(LocalDate.now());
    return new Ks1Config(
        data.toAbsolutePath().normalize(),
        collectionYear,
        kafka,
        settleMillis,
        Ks1Config.DEFAULT_POLL_MILLIS,
        maxFileMb * 1024 * 1024,
        Role.all(),
        strictLas());
  }

  /** The strict-mode LAs, refusing to start (with every bad code named) if any is not an LA. */
  private Set<String> strictLas() {
    Set<String> las = new TreeSet<>();
    List<String> wrong = new ArrayList<>();
    for (String raw : strictLas == null ? List.<String>of() : strictLas) {
      String la = raw.strip();
      if (la.isEmpty()) {
        continue;
      }
      if (LaRegistry.standard().isCurrent(la)) {
        las.add(la);
      } else {
        wrong.add("'" + la + "'");
      }
    }
    if (!wrong.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(),
          "--strict-las (or KS1_STRICT_LAS): "
              + String.join(", ", wrong)
              + (wrong.size() == 1 ? " is not" : " are not")
              + " one of the 153 English LA codes, e.g. 330 for Birmingham");
    }
    return las;
  }
}
