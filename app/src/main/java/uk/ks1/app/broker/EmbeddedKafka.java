package uk.ks1.app.broker;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;

/**
 * A single-node KRaft Kafka broker (broker and controller in one) running inside this JVM, with its
 * log under {@code data/kafka/}. Retention is unlimited so the topics hold the whole collection (a
 * store can be rebuilt from them). It keeps its ports across restarts ({@code ports.properties})
 * and writes its address to {@code bootstrap.txt}, so other commands on the same data folder can
 * reach it. Settings from docs/architecture.md "The embedded broker" make restart after a crash
 * fast.
 */
public final class EmbeddedKafka implements AutoCloseable {
  public static final String BOOTSTRAP_FILE = "bootstrap.txt";
  private static final String PORTS_FILE = "ports.properties";

  private final KafkaRaftServer server;
  private final String bootstrap;
  private final Path bootstrapFile;

  private EmbeddedKafka(KafkaRaftServer server, String bootstrap, Path bootstrapFile) {
    this.server = server;
    this.bootstrap = bootstrap;
    this.bootstrapFile = bootstrapFile;
  }

  public static EmbeddedKafka start(Path logDir) {
    try {
      Files.createDirectories(logDir);
      Properties ports = ports(logDir);
      int brokerPort = Integer.parseInt(ports.getProperty("broker"));
      int controllerPort = Integer.parseInt(ports.getProperty("controller"));
      String dir = logDir.toAbsolutePath().toString();
      KafkaConfig config =
          KafkaConfig.fromProps(BrokerSettings.singleNode(dir, brokerPort, controllerPort), false);
      if (!Files.exists(logDir.resolve("meta.properties"))) {
        format(dir);
      }
      KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
      server.startup();
      String bootstrap = "127.0.0.1:" + brokerPort;
      Path bootstrapFile = logDir.resolve(BOOTSTRAP_FILE);
      Files.writeString(bootstrapFile, bootstrap + "\n", StandardCharsets.US_ASCII);
      return new EmbeddedKafka(server, bootstrap, bootstrapFile);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start the embedded Kafka broker in " + logDir, e);
    }
  }

  /** The ports used last time if they are free again, else new ones (remembered for next time). */
  private static Properties ports(Path logDir) throws IOException {
    Path file = logDir.resolve(PORTS_FILE);
    Properties ports = new Properties();
    if (Files.exists(file)) {
      try (Reader r = Files.newBufferedReader(file)) {
        ports.load(r);
      }
      if (free(ports.getProperty("broker")) && free(ports.getProperty("controller"))) {
        return ports;
      }
    }
    ports.setProperty("broker", Integer.toString(freePort()));
    ports.setProperty("controller", Integer.toString(freePort()));
    try (Writer w = Files.newBufferedWriter(file)) {
      ports.store(w, "ports of the embedded Kafka broker");
    }
    return ports;
  }

  private static void format(String dir) {
    try {
      new Formatter()
          .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
          .setNodeId(1)
          .setClusterId(Uuid.randomUuid().toString())
          .setDirectories(List.of(dir))
          .setMetadataLogDirectory(dir)
          .setControllerListenerName("CONTROLLER")
          .run();
    } catch (Exception e) {
      throw new IllegalStateException("Cannot format the embedded Kafka log in " + dir, e);
    }
  }

  private static boolean free(String port) {
    if (port == null) {
      return false;
    }
    try (ServerSocket socket = new ServerSocket(Integer.parseInt(port))) {
      socket.setReuseAddress(true);
      return true;
    } catch (IOException | NumberFormatException e) {
      return false;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    }
  }

  /** The address clients connect to, e.g. 127.0.0.1:40123. */
  public String bootstrap() {
    return bootstrap;
  }

  @Override
  public void close() {
    server.shutdown();
    server.awaitShutdown();
    try {
      Files.deleteIfExists(bootstrapFile);
    } catch (IOException ignored) {
      // only a hint for other commands
    }
  }
}
