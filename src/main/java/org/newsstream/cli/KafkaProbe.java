package org.newsstream.cli;

import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.newsstream.config.KafkaClients;

/** Checks, before a client command starts, that Kafka answers and the topic exists. */
final class KafkaProbe {
  private KafkaProbe() {}

  static Set<String> topics(KafkaClients clients) {
    var props = clients.admin();
    props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
    props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "8000");
    props.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "1000");
    try (Admin admin = create(props, clients.bootstrapServers())) {
      return new TreeSet<>(admin.listTopics().names().get(10, TimeUnit.SECONDS));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UserException("interrupted");
    } catch (ExecutionException | TimeoutException e) {
      throw new UserException("cannot reach Kafka at " + clients.bootstrapServers()
          + " — is `bin/newsstream run` up, or did you mean another --bootstrap-servers?");
    }
  }

  /**
   * Kafka's clients refuse at construction a bootstrap list none of whose hosts resolves, and
   * client settings they cannot use: a mistyped host or a bad --client-config, not a bug.
   */
  private static Admin create(Properties props, String bootstrapServers) {
    try {
      return Admin.create(props);
    } catch (ConfigException e) {
      throw new UserException("Kafka client configuration: " + e.getMessage());
    } catch (KafkaException e) {
      if (!(e.getCause() instanceof ConfigException cause)) {
        throw e;
      }
      throw new UserException(cause.getMessage().contains("resolvable bootstrap")
          ? "cannot reach Kafka at " + bootstrapServers
              + ": the host does not resolve; check --bootstrap-servers"
          : "Kafka client configuration: " + cause.getMessage());
    }
  }

  static void requireTopic(KafkaClients clients, String topic) {
    Set<String> topics = topics(clients);
    if (!topics.contains(topic)) {
      topics.removeIf(t -> t.startsWith("__") || t.contains("-repartition") || t.contains("-changelog"));
      throw new UserException("topic '" + topic + "' does not exist on " + clients.bootstrapServers()
          + (topics.isEmpty() ? " (no topics yet: start `bin/newsstream run` first)"
              : "; topics there: " + String.join(", ", topics)));
    }
  }

  /** How many partitions {@code topic} has, or {@code absent} when it does not exist. */
  static int partitions(Admin admin, String topic, int absent) {
    try {
      return admin.describeTopics(List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS)
          .get(topic).partitions().size();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UserException("interrupted");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UnknownTopicOrPartitionException) {
        return absent;
      }
      throw new UserException("Kafka did not describe " + topic + ": " + e.getCause().getMessage());
    } catch (TimeoutException e) {
      throw new UserException("Kafka did not describe " + topic + " within 10 s");
    }
  }
}
