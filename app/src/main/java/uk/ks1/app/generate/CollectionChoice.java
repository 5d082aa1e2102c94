package uk.ks1.app.generate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import uk.ks1.app.CommandInputException;
import uk.ks1.core.collection.CollectionDefinition;
import uk.ks1.core.collection.CollectionRegistry;

/**
 * The collections a command's {@code --collections} names, among those registered. A collection
 * answers to its id, its store's table prefix and its reports' short name (the start of a
 * download's file name), each compared without case, spaces, hyphens or underscores: so the names
 * come from each definition, none from here. No names means every registered collection that can be
 * generated (has a sample), in registration order.
 */
public final class CollectionChoice {
  private CollectionChoice() {}

  /** Every registered collection with a sample, in registration order. */
  public static List<CollectionDefinition> generatable(CollectionRegistry registry) {
    return registry.all().stream().filter(d -> d.sample().isPresent()).toList();
  }

  /**
   * The collections {@code names} (comma-separated) names, in the order given, each once; null or
   * blank means {@link #generatable}.
   */
  public static List<CollectionDefinition> of(CollectionRegistry registry, String names) {
    if (names == null || names.isBlank()) {
      List<CollectionDefinition> all = generatable(registry);
      if (all.isEmpty()) {
        throw new CommandInputException("No registered collection can be generated");
      }
      return all;
    }
    Set<CollectionDefinition> chosen = new LinkedHashSet<>();
    for (String name : names.split(",")) {
      if (name.isBlank()) {
        continue;
      }
      CollectionDefinition d = one(registry, name.strip());
      if (d.sample().isEmpty()) {
        throw new CommandInputException(
            "Collection '"
                + name.strip()
                + "' ("
                + d.id()
                + ") has no sample to generate from: use "
                + accepted(generatable(registry)));
      }
      chosen.add(d);
    }
    if (chosen.isEmpty()) {
      return of(registry, null);
    }
    return List.copyOf(chosen);
  }

  public static CollectionDefinition one(CollectionRegistry registry, String name) {
    String wanted = normal(name);
    List<CollectionDefinition> matches =
        registry.all().stream().filter(d -> namesOf(d).contains(wanted)).toList();
    if (matches.size() == 1) {
      return matches.get(0);
    }
    throw new CommandInputException(
        (matches.isEmpty() ? "Unknown collection '" : "Ambiguous collection '")
            + name
            + "': use "
            + accepted(generatable(registry)));
  }

  /** The names a collection answers to, normalised. */
  static Set<String> namesOf(CollectionDefinition d) {
    Set<String> names = new LinkedHashSet<>();
    if (d.reporting() != null) {
      names.add(normal(d.reporting().labels().filePrefix()));
    }
    names.add(normal(d.store().prefix()));
    names.add(normal(d.id()));
    names.remove("");
    return names;
  }

  /** How the user may name these collections: each's shortest name, with its id. */
  private static String accepted(List<CollectionDefinition> collections) {
    List<String> each = new ArrayList<>();
    for (CollectionDefinition d : collections) {
      String shortest =
          namesOf(d).stream().min((a, b) -> Integer.compare(a.length(), b.length())).orElse(d.id());
      each.add(shortest + " (" + d.id() + ")");
    }
    return String.join(", ", each);
  }

  private static String normal(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }
}
