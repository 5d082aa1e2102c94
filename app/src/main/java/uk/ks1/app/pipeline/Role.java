package uk.ks1.app.pipeline;

import java.util.EnumSet;
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

  /**
   * Whether these roles leave out part of the pipeline (ingest, validate, aggregate), so another
   * process must run it: they then need a Kafka cluster both can reach, not an embedded broker.
   * Reporting alone may be left out (a process without the dashboard).
   */
  public static boolean needSharedCluster(Set<Role> roles) {
    return !roles.containsAll(EnumSet.of(INGEST, VALIDATE, AGGREGATE));
  }
}
