package org.newsstream.streams;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.newsstream.config.TopicNames;
import org.newsstream.kafka.BrokerUnavailableException;

/**
 * Creates Newsstream's topics when they are missing, with a replication factor the cluster can
 * give (up to 3). The rules topic is compacted: a rule id keeps only its latest version, and a
 * tombstone deletes it. The article and story summaries topics are compacted too.
 */
public final class TopicProvisioner {
  private final Admin admin;

  public TopicProvisioner(Admin admin) {
    this.admin = admin;
  }

  public void ensure(TopicNames names, int partitions, Collection<String> extraTopics) {
    try {
      int brokers = admin.describeCluster().nodes().get(30, TimeUnit.SECONDS).size();
      short replication = (short) Math.min(3, Math.max(1, brokers));
      Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
      List<NewTopic> missing = new ArrayList<>();
      for (String topic : List.of(names.paragraphs(), names.enriched(), names.alerts(),
          names.deadLetter())) {
        addIfMissing(missing, existing, new NewTopic(topic, partitions, replication));
      }
      for (String topic : extraTopics) {
        addIfMissing(missing, existing, new NewTopic(topic, partitions, replication));
      }
      // Only an article's latest summary matters, so its topic is compacted like the rules'.
      addIfMissing(missing, existing, new NewTopic(names.articles(), partitions, replication)
          .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)));
      // Likewise a story's: a newer summary replaces the older, a tombstone ends an expired story.
      addIfMissing(missing, existing, new NewTopic(names.stories(), partitions, replication)
          .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)));
      addIfMissing(missing, existing, new NewTopic(names.alertRules(), 1, replication)
          .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)));
      if (missing.isEmpty()) {
        return;
      }
      try {
        admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof TopicExistsException)) {
          throw e;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating topics", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new BrokerUnavailableException(
          "could not create topics: " + (e.getCause() == null ? e : e.getCause()).getMessage(), e);
    }
  }

  private static void addIfMissing(List<NewTopic> missing, Set<String> existing, NewTopic topic) {
    if (!existing.contains(topic.name()) && missing.stream().noneMatch(t -> t.name().equals(topic.name()))) {
      missing.add(topic);
    }
  }
}
