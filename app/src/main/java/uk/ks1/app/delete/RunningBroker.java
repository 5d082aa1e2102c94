package uk.ks1.app.delete;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import uk.ks1.app.broker.EmbeddedKafka;

/**
 * Finds the embedded broker of a service already running on the data folder ({@code ./ks1 run}):
 * its address is in {@code kafka/bootstrap.txt} while it runs. A file left by a crash names a
 * broker that does not answer, and counts as none.
 */
public final class RunningBroker {
  private RunningBroker() {}

  public static Optional<String> find(Path kafkaDir) {
    Path file = kafkaDir.resolve(EmbeddedKafka.BOOTSTRAP_FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      String bootstrap = Files.readString(file, StandardCharsets.US_ASCII).strip();
      return answers(bootstrap) ? Optional.of(bootstrap) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static boolean answers(String bootstrap) {
    Map<String, Object> config =
        Map.of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
            AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000,
            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000,
            AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500);
    try (Admin admin = Admin.create(config)) {
      admin
          .describeCluster(new DescribeClusterOptions().timeoutMs(3000))
          .clusterId()
          .get(4, TimeUnit.SECONDS);
      return true;
    } catch (ExecutionException | TimeoutException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
