package org.newsstream.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsstream.config.KafkaClients;
import org.newsstream.config.TopicNames;
import org.newsstream.schema.StorySummary;
import org.newsstream.streams.Topics;
import org.newsstream.testing.RealKafka;

/**
 * The web side's copy of news.stories on a real broker, wired as {@code Monitoring} wires it: a
 * stories topic created after the tail started is found and read from its beginning, a newer record
 * of a story replaces the older, a tombstone removes it, and the topics already followed are not
 * read twice when the assignment grows.
 */
@ExtendWith(RealKafka.class)
class StoryTailIT {
  private final String name = "story-tail-it-" + UUID.randomUUID().toString().substring(0, 8);
  private final Topics topics = new Topics(new TopicNames(name + ".paragraphs", name + ".enriched",
      name + ".alerts", name + ".deadletter", name + ".alert-rules", name + ".articles", name + ".stories"));
  private final KafkaClients clients = new KafkaClients(RealKafka.bootstrapServers(), Optional.empty());

  @Test
  void a_stories_topic_created_later_is_followed_replacing_by_key_without_rereading_the_others()
      throws Exception {
    LatestStories stories = new LatestStories(100);
    AtomicInteger paragraphsIn = new AtomicInteger();
    try (Admin admin = Admin.create(clients.admin())) {
      admin.createTopics(List.of(new NewTopic(topics.paragraphs.name(), 1, (short) 1)))
          .all().get(30, TimeUnit.SECONDS);
      produce(topics.paragraphs.name(), "a-1", new byte[] {1});

      try (TopicTail tail = TopicTail.builder()
          .count(topics.paragraphs.name(), paragraphsIn::incrementAndGet)
          .followByKey(topics.stories, Integer.MAX_VALUE, (String id, StorySummary story) -> {
            if (story == null) {
              stories.remove(id);
            } else {
              stories.put(story);
            }
          })
          .start(clients.consumer(null))) {
        // The tail reads only what comes after it has assigned itself: publish until it counts.
        await("a new paragraph is counted").atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofSeconds(1)).until(() -> {
              produce(topics.paragraphs.name(), "a-1", new byte[] {2});
              return paragraphsIn.get() >= 1;
            });
        // Publishing until it counts can leave one more paragraph in flight: let the count settle.
        AtomicInteger lastLook = new AtomicInteger(-1);
        await("the paragraph count settles").during(Duration.ofSeconds(2))
            .atMost(Duration.ofSeconds(20))
            .until(() -> lastLook.getAndSet(paragraphsIn.get()) == paragraphsIn.get());
        int counted = paragraphsIn.get();
        // Longer than the tail waits between looks: it has looked and must not have created it.
        await("the stories topic stays absent while the tail looks for it")
            .during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(10))
            .pollInterval(Duration.ofMillis(500))
            .until(() -> !admin.listTopics().names().get(10, TimeUnit.SECONDS)
                .contains(topics.stories.name()));

        admin.createTopics(List.of(new NewTopic(topics.stories.name(), 2, (short) 1)
            .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT))))
            .all().get(30, TimeUnit.SECONDS);
        publish(Stories.live("story:a", 1, "a-1"));
        publish(Stories.live("story:b", 2, "b-1"));
        publish(Stories.live("story:a", 3, "a-1", "a-2"));
        produce(topics.stories.name(), "story:b", null);

        await("the stories topic is read once it exists").atMost(Duration.ofSeconds(30))
            .until(() -> stories.get("story:a").map(s -> s.getArticleIds().size() == 2).orElse(false)
                && stories.get("story:b").isEmpty());
        assertThat(stories.size()).isEqualTo(1);
        produce(topics.paragraphs.name(), "a-1", new byte[] {3});
        await("paragraphs are still followed").atMost(Duration.ofSeconds(30))
            .until(() -> paragraphsIn.get() > counted);
        await("no paragraph read twice when the stories topic joined")
            .during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
            .until(() -> paragraphsIn.get() == counted + 1);
      }
    }
  }

  private void publish(StorySummary story) throws Exception {
    produce(topics.stories.name(), story.getStoryId(),
        topics.stories.valueSerde().serializer().serialize(topics.stories.name(), story));
  }

  private void produce(String topic, String key, byte[] value) throws Exception {
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(clients.producer(),
        new org.apache.kafka.common.serialization.StringSerializer(),
        new org.apache.kafka.common.serialization.ByteArraySerializer())) {
      producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
    }
  }
}
