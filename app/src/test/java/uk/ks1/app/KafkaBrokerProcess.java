package uk.ks1.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.metadata.storage.Formatter;
import org.awaitility.Awaitility;
import uk.ks1.app.broker.BrokerSettings;

/**
 * A real Kafka broker in a process of its own ({@code kafka.Kafka}, the broker's own main class, on
 * the Maven class path), reached over the network: what "a real cluster" means to the app.
 * Restartable on the same ports and log, and killable with kill -9.
 */
final class KafkaBrokerProcess implements AutoCloseable {
  private final Path dir;
  private final int brokerPort;
  private final Path properties;
  private ChildJvm jvm;

  KafkaBrokerProcess(Path dir) throws Exception {
    this.dir = dir;
    this.brokerPort = freePort();
    int controllerPort = freePort();
    Files.createDirectories(dir);
    Properties p =
        BrokerSettings.singleNode(dir.resolve("log").toString(), brokerPort, controllerPort);
    properties = dir.resolve("server.properties");
    try (Writer w = Files.newBufferedWriter(properties)) {
      p.store(w, "test broker");
    }
    new Formatter()
        .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
        .setNodeId(1)
        .setClusterId(Uuid.randomUuid().toString())
        .setDirectories(List.of(dir.resolve("log").toString()))
        .setMetadataLogDirectory(dir.resolve("log").toString())
        .setControllerListenerName("CONTROLLER")
        .run();
  }

  KafkaBrokerProcess start() throws IOException {
    jvm = ChildJvm.start(List.of(), "kafka.Kafka", properties.toString());
    Awaitility.await().atMost(Duration.ofSeconds(60)).until(this::listening);
    return this;
  }

  String bootstrap() {
    return "127.0.0.1:" + brokerPort;
  }

  void kill() throws InterruptedException {
    jvm.kill();
  }

  private boolean listening() {
    try (Socket ignored = new Socket("127.0.0.1", brokerPort)) {
      return true;
    } catch (IOException e) {
      if (!jvm.isAlive()) {
        throw new AssertionError("The broker exited: " + jvm.output());
      }
      return false;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (jvm != null) {
      jvm.close();
    }
  }

  Path dir() {
    return dir;
  }
}
