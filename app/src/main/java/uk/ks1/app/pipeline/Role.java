package uk.ks1.app.pipeline;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The parts of the pipeline a process can run. One process runs them all by default; against a
 * shared Kafka cluster they can run as separate processes ({@code --roles ingest,validate}).
 * Reporting reads the store, so it runs where aggregate runs.
 */
public enum Role {
  INGEST,
  VALIDATE,
  AGGREGATE,
  REPORTING;

  public static Set<Role> all() {
    return EnumSet.allOf(Role.class);
  }

  /** Parses "ingest,validate" (case-insensitive); throws with the allowed names otherwise. */
  public static Set<Role> parse(String list) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String name : list.split(",")) {
      String n = name.strip().toUpperCase(Locale.ROOT);
      try {
        roles.add(Role.valueOf(n));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "Unknown role '"
                + name.strip()
                + "': use ingest, validate, aggregate and/or reporting");
      }
    }
    return roles;
  }
}
