package uk.ks1.app.broker;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
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
 * store can be rebuilt from them). Settings from architecture.md make restart after a crash fast.
 */
public final class EmbeddedKafka implements AutoCloseable {
  private final KafkaRaftServer server;
  private final String bootstrap;

  private EmbeddedKafka(KafkaRaftServer server, String bootstrap) {
    this.server = server;
    this.bootstrap = bootstrap;
  }

  public static EmbeddedKafka start(Path logDir) {
    try {
      Files.createDirectories(logDir);
      int brokerPort = freePort();
      int controllerPort = freePort();
      String dir = logDir.toAbsolutePath().toString();
      Properties p = new Properties();
      p.put("process.roles", "broker,controller");
      p.put("node.id", "1");
      p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
      p.put(
          "listeners",
          "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
      p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
      p.put("controller.listener.names", "CONTROLLER");
      p.put("inter.broker.listener.name", "PLAINTEXT");
      p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
      p.put("log.dirs", dir);
      p.put("num.partitions", "4");
      p.put("auto.create.topics.enable", "false");
      p.put("offsets.topic.replication.factor", "1");
      p.put("offsets.topic.num.partitions", "4");
      p.put("transaction.state.log.replication.factor", "1");
      p.put("transaction.state.log.min.isr", "1");
      p.put("transaction.state.log.num.partitions", "4");
      p.put("share.coordinator.state.topic.replication.factor", "1");
      p.put("share.coordinator.state.topic.min.isr", "1");
      p.put("group.initial.rebalance.delay.ms", "0");
      p.put("broker.heartbeat.interval.ms", "500");
      p.put("broker.session.timeout.ms", "2000");
      p.put("log.retention.ms", "-1");
      p.put("log.retention.bytes", "-1");
      p.put("log.flush.interval.messages", Long.toString(Long.MAX_VALUE));
      KafkaConfig config = KafkaConfig.fromProps(p, false);
      if (!Files.exists(logDir.resolve("meta.properties"))) {
        format(dir);
      }
      KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
      server.startup();
      return new EmbeddedKafka(server, "127.0.0.1:" + brokerPort);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start the embedded Kafka broker in " + logDir, e);
    }
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
  }
}
