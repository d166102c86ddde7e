package org.newsstream.streams;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.newsstream.config.KafkaClients;

/**
 * Moves a data folder from the four-application layout (groups {@code <id>-enrichment},
 * {@code -alerting}, {@code -trends}, {@code -articles}, before 2026-12) to the one application
 * {@code <id>}: the new group starts where the old enrichment group stopped on the paragraphs
 * topic, and where the old article summaries stopped on the enriched topic, so no paragraph is
 * enriched twice. What the old applications kept in their own stores (name memory, duplicate
 * fingerprints, alert throttles, spike baselines) starts empty; docs/reliability.md says what that
 * means.
 */
final class ApplicationLayout {
  static final String OLD_ENRICHMENT = "-enrichment";
  static final String OLD_ARTICLES = "-articles";

  private ApplicationLayout() {}

  /** Copies the old groups' positions if the new group has none; returns what it did, if any. */
  static Optional<String> migrate(KafkaClients clients, String applicationId, Topics topics) {
    try (Admin admin = Admin.create(clients.admin())) {
      if (!committed(admin, applicationId).isEmpty()) {
        return Optional.empty();
      }
      Map<TopicPartition, OffsetAndMetadata> start = new java.util.HashMap<>();
      start.putAll(on(committed(admin, applicationId + OLD_ENRICHMENT), topics.paragraphs.name()));
      start.putAll(on(committed(admin, applicationId + OLD_ARTICLES), topics.enriched.name()));
      if (start.isEmpty()) {
        return Optional.empty();
      }
      admin.alterConsumerGroupOffsets(applicationId, start).all().get(30, TimeUnit.SECONDS);
      return Optional.of("data folder from before the single-application layout: group "
          + applicationId + " starts where " + applicationId + OLD_ENRICHMENT + " and "
          + applicationId + OLD_ARTICLES + " stopped (" + start.size() + " partitions); "
          + "throttles, baselines and duplicate fingerprints start empty (docs/reliability.md)");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while checking the consumer groups", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("cannot read the consumer groups' positions: " + e, e);
    }
  }

  private static Map<TopicPartition, OffsetAndMetadata> committed(Admin admin, String group)
      throws InterruptedException, ExecutionException, TimeoutException {
    Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
        .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
    return offsets == null ? Map.of() : offsets;
  }

  private static Map<TopicPartition, OffsetAndMetadata> on(
      Map<TopicPartition, OffsetAndMetadata> offsets, String topic) {
    return offsets.entrySet().stream()
        .filter(e -> e.getKey().topic().equals(topic) && e.getValue() != null)
        .collect(Collectors.toMap(Map.Entry::getKey, e -> new OffsetAndMetadata(e.getValue().offset())));
  }
}
