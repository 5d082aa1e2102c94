package uk.ks1.app.cli;

import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Option;
import uk.ks1.app.generate.CollectionChoice;
import uk.ks1.app.pipeline.Registered;
import uk.ks1.core.collection.CollectionDefinition;

/**
 * The options that choose a synthetic collection, shared by {@code generate} and {@code bench
 * national} so that the same words give the same files.
 */
final class CollectionOptions {
  @Option(
      names = "--scale",
      defaultValue = "1.0",
      description = "1.0 = England, about 16,000 schools (default: ${DEFAULT-VALUE})")
  double scale;

  @Option(
      names = "--year",
      defaultValue = "2023",
      description =
          "Summer assessed; the LA figures of that year are used (default: ${DEFAULT-VALUE})")
  int year;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "Same seed, same files (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(
      names = "--errors",
      defaultValue = "0.01",
      description = "Share of pupils with a realistic mistake (default: ${DEFAULT-VALUE})")
  double errors;

  @Option(
      names = "--formats",
      defaultValue = "ctf",
      description = "Comma-separated: ctf, csv, xlsx (default: ${DEFAULT-VALUE})")
  String formats;

  @Option(
      names = "--collections",
      description =
          "Comma-separated collections, each by its id or short name (ks1, phonics, eyfsp...)"
              + " (default: every registered collection that can be generated)")
  String collections;

  /** The collections chosen, among those registered. */
  List<CollectionDefinition> collectionList() {
    return CollectionChoice.of(Registered.collections(), collections);
  }

  List<String> formatList() {
    return Arrays.asList(formats.split(","));
  }
}
