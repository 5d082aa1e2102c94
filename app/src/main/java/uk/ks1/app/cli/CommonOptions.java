package uk.ks1.app.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Option;
import uk.ks1.app.pipeline.Ks1Config;
import uk.ks1.core.collection.CollectionYear;

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

  public Ks1Config config() {
    int collectionYear = year != null ? year : CollectionYear.currentSummer(LocalDate.now());
    return new Ks1Config(
        data.toAbsolutePath().normalize(),
        collectionYear,
        kafka,
        settleMillis,
        Ks1Config.DEFAULT_POLL_MILLIS,
        maxFileMb * 1024 * 1024);
  }
}
