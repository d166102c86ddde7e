package org.newsstream.cli;

import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.newsstream.config.KafkaClients;

/** Checks, before a client command starts, that Kafka answers and the topic exists. */
final class KafkaProbe {
  private KafkaProbe() {}

  static Set<String> topics(KafkaClients clients) {
    var props = clients.admin();
    props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
    props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "8000");
    props.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "1000");
    try (Admin admin = Admin.create(props)) {
      return new TreeSet<>(admin.listTopics().names().get(10, TimeUnit.SECONDS));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UserException("interrupted");
    } catch (ExecutionException | TimeoutException e) {
      throw new UserException("cannot reach Kafka at " + clients.bootstrapServers()
          + " — is `bin/newsstream run` up, or did you mean another --bootstrap-servers?");
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
}
