package uk.ks1.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** {@code ks1 run} in its own JVM, as a user starts it, with its output collected line by line. */
final class RunningService implements AutoCloseable {
  private final ChildJvm jvm;

  private RunningService(ChildJvm jvm) {
    this.jvm = jvm;
  }

  /** Starts {@code ks1 run --data DATA extra...} and waits until it says it is running. */
  static RunningService start(Path data, String... extra) throws Exception {
    return start(List.of(), data, extra);
  }

  /** The same, the JVM started with {@code jvmOptions} (fault injection, say). */
  static RunningService start(List<String> jvmOptions, Path data, String... extra)
      throws Exception {
    List<String> args = new ArrayList<>(List.of("run", "--data", data.toString()));
    // the tests' summer 2023 is past the default schedule: kept here, so that no test but
    // RetentionInServiceIT sees its identities retired a minute after the service starts
    args.addAll(List.of("--retention", "identities=50,files=50"));
    args.addAll(List.of(extra));
    RunningService service =
        new RunningService(
            ChildJvm.start(jvmOptions, "uk.ks1.app.Ks1", args.toArray(String[]::new)));
    try {
      service.awaitLine("is running", Duration.ofSeconds(60));
    } catch (RuntimeException | Error e) {
      service.jvm.close();
      throw e;
    }
    return service;
  }

  void awaitLine(String text, Duration atMost) {
    jvm.awaitLine(text, atMost);
  }

  List<String> output() {
    return List.copyOf(jvm.output());
  }

  /** SIGTERM, as Ctrl-C: the shutdown hook stops the pipeline and closes the store. */
  @Override
  public void close() throws Exception {
    try {
      jvm.terminate(30);
    } finally {
      jvm.close(); // kill -9 if SIGTERM did not stop it
    }
  }
}
