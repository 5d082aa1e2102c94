package uk.ks1.app.pipeline;

import java.util.concurrent.atomic.AtomicInteger;
import uk.ks1.aggregate.consumer.StoreListener;

/**
 * Crash points for the fault tests, off unless a system property names them. {@code
 * -Dks1.fault.halt-after-commits=N} halts the JVM (as kill -9 would) right after the N-th batch is
 * committed to the store and before its offsets reach Kafka: the window the exactly-once design
 * must survive.
 */
final class FaultInjection {
  static final String HALT_AFTER_COMMITS = "ks1.fault.halt-after-commits";

  private FaultInjection() {}

  /** The listener to register, or null when no fault is configured. */
  static StoreListener fromSystemProperties() {
    String n = System.getProperty(HALT_AFTER_COMMITS);
    if (n == null) {
      return null;
    }
    int limit = Integer.parseInt(n);
    AtomicInteger commits = new AtomicInteger();
    return summary -> {
      if (commits.incrementAndGet() >= limit) {
        System.err.println("Fault injection: halting after store commit " + limit);
        Runtime.getRuntime().halt(137);
      }
    };
  }
}
