package uk.ks1.app;

import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** A JVM of its own running a main class from the test class path, to be killed at will. */
final class ChildJvm implements AutoCloseable {
  private final Process process;
  private final List<String> output = new CopyOnWriteArrayList<>();
  private final Thread reader;

  private ChildJvm(Process process) {
    this.process = process;
    this.reader =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                r.lines().forEach(output::add);
              } catch (IOException ignored) {
                // the process was killed
              }
            });
    reader.setDaemon(true);
    reader.start();
  }

  /**
   * The temp folder option for child JVMs: {@code target/child-tmp}, not /tmp. DuckDB's driver
   * unpacks its 57 MB native library into the temp folder and deletes it at exit; a JVM killed with
   * kill -9, as the fault tests do, leaves it behind, and on /tmp every build left a few.
   */
  static String tmpdirOption() throws IOException {
    Path dir = java.nio.file.Files.createDirectories(Path.of("target", "child-tmp"));
    return "-Djava.io.tmpdir=" + dir.toAbsolutePath();
  }

  static ChildJvm start(List<String> jvmOptions, String mainClass, String... args)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add(tmpdirOption());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass);
    command.addAll(List.of(args));
    return new ChildJvm(new ProcessBuilder(command).redirectErrorStream(true).start());
  }

  /** kill -9. */
  void kill() throws InterruptedException {
    process.toHandle().destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /** SIGTERM, then the exit code once it has stopped. */
  int terminate(long seconds) throws InterruptedException {
    process.toHandle().destroy();
    return waitFor(seconds);
  }

  /** The exit code once it has stopped, with everything it printed read. */
  int waitFor(long seconds) throws InterruptedException {
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      throw new AssertionError("Still running after " + seconds + " s: " + output);
    }
    reader.join(5000);
    return process.exitValue();
  }

  /** Waits until a line of its output contains {@code text}. */
  void awaitLine(String text, Duration atMost) {
    await().atMost(atMost).until(() -> output.stream().anyMatch(l -> l.contains(text)));
  }

  boolean isAlive() {
    return process.isAlive();
  }

  List<String> output() {
    return output;
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }
}
