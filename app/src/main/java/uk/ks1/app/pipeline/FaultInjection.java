package uk.ks1.app.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import uk.ks1.aggregate.consumer.StoreListener;
import uk.ks1.ingest.route.IntakeProcessor;

/**
 * Crash points for the fault tests, off unless a system property names them. {@code
 * -Dks1.fault.halt-after-commits=N} halts the JVM (as kill -9 would) right after the N-th batch is
 * committed to the store and before its offsets reach Kafka: the window the exactly-once design
 * must survive. {@code -Dks1.fault.intake-hold=FILE} holds each file the intake takes for as long
 * as FILE exists (an intake that cannot go on, for {@code /health}); {@code
 * -Dks1.fault.intake-error=NAME} throws an {@code OutOfMemoryError} where a parser would, for each
 * file named NAME.
 */
public final class FaultInjection {
  static final String HALT_AFTER_COMMITS = "ks1.fault.halt-after-commits";
  static final String INTAKE_HOLD = "ks1.fault.intake-hold";
  static final String INTAKE_ERROR = "ks1.fault.intake-error";

  /** {@code -Dks1.fault.retire-halt-after=STEP}: halts {@code retire} right after that step. */
  static final String RETIRE_HALT_AFTER = "ks1.fault.retire-halt-after";

  /** Halts the JVM (as kill -9 would) if the fault tests asked for it after this step. */
  public static void afterRetireStep(String step) {
    if (step.equals(System.getProperty(RETIRE_HALT_AFTER))) {
      System.err.println("Fault injection: halting retire after " + step);
      Runtime.getRuntime().halt(137);
    }
  }

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

  /** The intake's hook: none unless a fault for it is configured. */
  static IntakeProcessor.Hook intakeHook() {
    String hold = System.getProperty(INTAKE_HOLD);
    String error = System.getProperty(INTAKE_ERROR);
    if (hold == null && error == null) {
      return IntakeProcessor.Hook.NONE;
    }
    return file -> {
      while (hold != null && Files.exists(Path.of(hold))) {
        Thread.sleep(20);
      }
      if (error != null && file.getFileName().toString().equals(error)) {
        throw new OutOfMemoryError("Fault injection: no heap for " + error);
      }
    };
  }
}
