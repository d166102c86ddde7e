package org.newsstream.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsstream.config.NewsstreamConfig;
import org.newsstream.config.TopicNames;
import org.newsstream.enrichment.DefaultParagraphEnricher;
import org.newsstream.enrichment.ParagraphEnricher;
import org.newsstream.ingest.Article;
import org.newsstream.ingest.ArticleSplitter;
import org.newsstream.ingest.ParagraphPublisher;
import org.newsstream.kafka.Topic;
import org.newsstream.schema.Alert;
import org.newsstream.schema.EnrichedParagraph;
import org.newsstream.schema.Paragraph;
import org.newsstream.schema.StorySummary;
import org.newsstream.streams.GroupCatchUp;
import org.newsstream.testing.CommittedRecords;
import org.newsstream.testing.RealKafka;

/**
 * Stories on a real broker, with the real models: two outlets' differently worded reports of one
 * event and one unrelated article make two stories on news.stories, and a per-story rule alerts
 * once per watched entity however many reports carry it.
 */
@ExtendWith(RealKafka.class)
class StoriesIT {
  private static final String RULES = """
      rules:
        - id: leaders-in-figures
          entities: [Vladimir Putin, Kim Jong Un]
          claimFlags: [NUMERIC]
          severity: FLASH
          per: story
      """;
  private static final String REUTERS = """
      Putin thanks Kim Jong Un for North Korean troops in Kursk

      Russian President Vladimir Putin thanked North Korean leader Kim Jong Un on Monday for \
      sending 11,000 troops to fight in the Kursk region, the Kremlin said.

      Putin said the soldiers had shown courage, according to a statement published in Moscow.
      """;
  private static final String AP = """
      Kim Jong Un's soldiers helped retake Kursk, Vladimir Putin says

      Vladimir Putin said on Monday that about 11,000 soldiers sent by Kim Jong Un had helped \
      Russian forces retake the Kursk region, and he thanked the North Korean leader.
      """;
  private static final String VERGE = """
      Apple unveils a folding iPhone in California

      Apple unveiled its first folding iPhone at an event in Cupertino, California, on Tuesday, \
      with a price of 1,999 dollars.
      """;

  private static ParagraphEnricher enricher;

  @TempDir Path dataDir;
  private NewsstreamConfig config;
  private NewsstreamServer server;

  @BeforeAll
  static void loadModels() throws Exception {
    enricher = DefaultParagraphEnricher.load();
  }

  @AfterEach
  void stopPipeline() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void two_reports_of_one_event_are_one_story_with_one_alert_per_watched_entity()
      throws Exception {
    // The rule is loaded at start, so the global rules table has it before the first paragraph.
    Path rules = dataDir.resolve("rules.yaml");
    Files.writeString(rules, RULES);
    String name = "stories-it";
    NewsstreamConfig defaults = NewsstreamConfig.defaults(dataDir);
    config = new NewsstreamConfig(Optional.of(RealKafka.bootstrapServers()), Optional.empty(),
        defaults.brokerHost(), defaults.brokerPort(), dataDir, name,
        new TopicNames(name + ".paragraphs", name + ".enriched", name + ".alerts",
            name + ".deadletter", name + ".alert-rules", name + ".articles", name + ".stories"),
        defaults.partitions(), defaults.streamThreads(), defaults.aheadWorkers(),
        defaults.exactlyOnce(),
        defaults.maxParagraphChars(), defaults.enrichmentBudget(), Optional.of(rules),
        defaults.dedup(), defaults.spikes(), defaults.articleMemory(),
        defaults.storyWindow());
    server = NewsstreamServer.start(config, () -> enricher, message -> { });

    Instant at = Instant.parse("2026-03-02T08:00:00Z");
    Article reuters = publish("reuters-kursk.txt", REUTERS, "Reuters", at);
    Article ap = publish("ap-kursk.txt", AP, "AP", at.plusSeconds(600));
    Article verge = publish("verge-phone.txt", VERGE, "The Verge", at.plusSeconds(1200));
    int paragraphs = reuters.paragraphs().size() + ap.paragraphs().size()
        + verge.paragraphs().size();
    List<EnrichedParagraph> enriched = await(paragraphs + " enriched paragraphs")
        .atMost(Duration.ofSeconds(120))
        .until(() -> CommittedRecords.readAll(server.clients().consumer(null),
            server.topics().enriched), list -> list.size() == paragraphs);
    await("the pipeline has caught up").atMost(Duration.ofSeconds(60)).until(this::caughtUp);

    Map<String, String> storyOf = new LinkedHashMap<>();
    enriched.forEach(p -> storyOf.put(p.getParagraph().getArticleId(), p.getStoryId()));
    assertThat(storyOf.get(reuters.id())).isNotNull().isEqualTo(storyOf.get(ap.id()));
    assertThat(storyOf.get(verge.id())).isNotNull().isNotEqualTo(storyOf.get(reuters.id()));

    Map<String, StorySummary> stories = new LinkedHashMap<>();
    readAll(server.topics().stories).stream().filter(Objects::nonNull)
        .forEach(s -> stories.put(s.getStoryId(), s));
    assertThat(stories).hasSize(2);
    StorySummary kursk = stories.get(storyOf.get(reuters.id()));
    assertThat(kursk.getArticleCount()).isEqualTo(2);
    assertThat(kursk.getSourceCount()).isEqualTo(2);
    assertThat(kursk.getArticleIds()).containsExactlyInAnyOrder(reuters.id(), ap.id());
    assertThat(stories.get(storyOf.get(verge.id())).getArticleCount()).isEqualTo(1);

    List<Alert> alerts = readAll(server.topics().alerts);
    assertThat(alerts).extracting(Alert::getEntityId)
        .containsExactlyInAnyOrder("wikipedia:Vladimir_Putin", "wikipedia:Kim_Jong_Un");
    assertThat(alerts).extracting(Alert::getStoryId).containsOnly(kursk.getStoryId());
  }

  private Article publish(String file, String text, String source, Instant at) throws Exception {
    Article article = ArticleSplitter.split(file, text);
    var topic = server.topics().paragraphs;
    try (KafkaProducer<String, Paragraph> producer = new KafkaProducer<>(
        server.clients().producer(), topic.keySerde().serializer(),
        topic.valueSerde().serializer())) {
      new ParagraphPublisher(producer, topic.name())
          .publish(ParagraphPublisher.paragraphs(article, source, null, at));
    }
    return article;
  }

  private boolean caughtUp() {
    try (Admin admin = Admin.create(server.clients().admin())) {
      return GroupCatchUp.caughtUp(admin, config.applicationId());
    }
  }

  private <V> List<V> readAll(Topic<String, V> topic) {
    return CommittedRecords.readAll(server.clients().consumer(null), topic);
  }
}
