package uk.ks1.app.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import uk.ks1.core.topic.Topic;
import uk.ks1.core.topic.Topics;

/**
 * Creates the catalogue's topics if they are missing: retention unlimited (the topics are the
 * collection's log and a store can be rebuilt from them), replication as the cluster allows.
 */
public final class TopicSetup {
  public static final int PARTITIONS = 4;

  private TopicSetup() {}

  public static void ensure(Map<String, Object> kafka) {
    try (Admin admin = Admin.create(kafka)) {
      Set<String> existing = admin.listTopics().names().get();
      int brokers = admin.describeCluster().nodes().get().size();
      short replication = (short) Math.min(3, brokers);
      List<NewTopic> missing = new ArrayList<>();
      for (Topic<?> topic : Topics.ALL) {
        if (!existing.contains(topic.name())) {
          int partitions = topic == Topics.DLQ ? 1 : PARTITIONS;
          missing.add(
              new NewTopic(topic.name(), partitions, replication)
                  .configs(
                      Map.of(
                          "retention.ms", "-1",
                          "retention.bytes", "-1",
                          "min.insync.replicas", Integer.toString(Math.max(1, replication - 1)))));
        }
      }
      if (!missing.isEmpty()) {
        admin.createTopics(missing).all().get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while creating topics", e);
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) {
        throw new IllegalStateException(
            "Cannot create the topics: " + e.getCause().getMessage(), e);
      }
    }
  }
}
