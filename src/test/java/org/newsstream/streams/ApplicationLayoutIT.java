package org.newsstream.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsstream.config.KafkaClients;
import org.newsstream.config.TopicNames;
import org.newsstream.testing.KafkaBrokerInfo;
import org.newsstream.testing.RealKafka;

/** A data folder of the four-application layout: the one application starts where they stopped. */
@ExtendWith(RealKafka.class)
class ApplicationLayoutIT {
  /** Topics of this test's own: the test broker is shared with the other integration tests. */
  private static final Topics TOPICS = new Topics(new TopicNames("layout-it.paragraphs",
      "layout-it.enriched", "layout-it.alerts", "layout-it.deadletter", "layout-it.alert-rules",
      "layout-it.articles", "layout-it.stories"));

  @Test
  void the_new_group_starts_where_the_old_enrichment_and_article_groups_stopped_and_only_once(
      KafkaBrokerInfo broker) throws Exception {
    String app = "layout-it";
    KafkaClients clients = new KafkaClients(broker.bootstrapServers(), Optional.empty());
    try (Admin admin = Admin.create(Map.<String, Object>of(
        AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
      admin.createTopics(List.of(new NewTopic(TOPICS.paragraphs.name(), 2, (short) 1),
          new NewTopic(TOPICS.enriched.name(), 2, (short) 1))).all().get();
      TopicPartition paragraphs0 = new TopicPartition(TOPICS.paragraphs.name(), 0);
      TopicPartition enriched1 = new TopicPartition(TOPICS.enriched.name(), 1);
      admin.alterConsumerGroupOffsets(app + "-enrichment",
          Map.of(paragraphs0, new OffsetAndMetadata(0))).all().get();
      admin.alterConsumerGroupOffsets(app + "-articles",
          Map.of(enriched1, new OffsetAndMetadata(0))).all().get();

      assertThat(ApplicationLayout.migrate(clients, app, TOPICS)).isPresent();
      assertThat(admin.listConsumerGroupOffsets(app).partitionsToOffsetAndMetadata().get())
          .containsOnlyKeys(paragraphs0, enriched1);

      assertThat(ApplicationLayout.migrate(clients, app, TOPICS))
          .as("a group with positions of its own is left alone").isEmpty();
    }
  }

  @Test
  void a_new_data_folder_has_nothing_to_take_over(KafkaBrokerInfo broker) {
    KafkaClients clients = new KafkaClients(broker.bootstrapServers(), Optional.empty());

    assertThat(ApplicationLayout.migrate(clients, "fresh-it", TOPICS)).isEmpty();
  }
}
