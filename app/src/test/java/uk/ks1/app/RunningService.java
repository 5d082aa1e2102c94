package uk.ks1.app;

import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** {@code ks1 run} in its own JVM, as a user starts it, with its output collected line by line. */
final class RunningService implements AutoCloseable {
  private final Process process;
  private final Thread reader;
  private final List<String> output = new CopyOnWriteArrayList<>();

  private RunningService(Process process) {
    this.process = process;
    this.reader =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                r.lines().forEach(output::add);
              } catch (Exception ignored) {
                // the process ended
              }
            });
    reader.start();
  }

  /** Starts {@code ks1 run --data DATA extra...} and waits until it says it is running. */
  static RunningService start(Path data, String... extra) throws Exception {
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                ChildJvm.tmpdirOption(),
                "-cp",
                System.getProperty("java.class.path"),
                "uk.ks1.app.Ks1",
                "run",
                "--data",
                data.toString()));
    command.addAll(List.of(extra));
    RunningService service =
        new RunningService(new ProcessBuilder(command).redirectErrorStream(true).start());
    service.awaitLine("is running", Duration.ofSeconds(60));
    return service;
  }

  void awaitLine(String text, Duration atMost) {
    await().atMost(atMost).until(() -> output.stream().anyMatch(l -> l.contains(text)));
  }

  List<String> output() {
    return List.copyOf(output);
  }

  /** SIGTERM, as Ctrl-C: the shutdown hook stops the pipeline and closes the store. */
  @Override
  public void close() throws Exception {
    process.toHandle().destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("ks1 run did not stop within 30 s: " + output);
    }
    reader.join(5000);
  }
}
