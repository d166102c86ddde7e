package org.newsstream.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsstream.alerting.RuleCompiler;
import org.newsstream.alerting.RuleDefinition;
import org.newsstream.config.NewsstreamConfig;
import org.newsstream.config.TopicNames;
import org.newsstream.enrichment.DefaultParagraphEnricher;
import org.newsstream.enrichment.ParagraphEnricher;
import org.newsstream.ingest.Article;
import org.newsstream.ingest.ArticleSplitter;
import org.newsstream.ingest.ParagraphPublisher;
import org.newsstream.kafka.RulesTopic;
import org.newsstream.kafka.Topic;
import org.newsstream.schema.Alert;
import org.newsstream.schema.EnrichedParagraph;
import org.newsstream.schema.Entity;
import org.newsstream.schema.EntityType;
import org.newsstream.schema.Paragraph;
import org.newsstream.streams.GroupCatchUp;
import org.newsstream.testing.CommittedRecords;
import org.newsstream.testing.RealKafka;

/**
 * The whole pipeline on a real broker (a Kafka container where Docker runs, the in-process KRaft
 * broker elsewhere): the seed article in, enriched paragraphs and alerts out, read as any
 * downstream service would, with a plain read_committed consumer.
 */
@ExtendWith(RealKafka.class)
class PipelineIT {
  /** Loaded once: the models take seconds, and an enricher holds no state between paragraphs. */
  private static ParagraphEnricher enricher;
  private static Article seed;

  @TempDir Path dataDir;
  private NewsstreamConfig config;
  private NewsstreamServer server;

  @BeforeAll
  static void loadModels() throws Exception {
    enricher = DefaultParagraphEnricher.load();
    Path seedFile = Path.of("seeds/putin-choe-handshake.txt");
    seed = ArticleSplitter.split(seedFile.getFileName().toString(), Files.readString(seedFile));
  }

  /** Each test its own topics and application id on the shared broker: no test sees another's. */
  @BeforeEach
  void startPipeline(TestInfo test) throws Exception {
    String name = "pipeline-it-"
        + Integer.toHexString(test.getTestMethod().orElseThrow().getName().hashCode());
    NewsstreamConfig defaults = NewsstreamConfig.defaults(dataDir);
    config = new NewsstreamConfig(Optional.of(RealKafka.bootstrapServers()), Optional.empty(),
        defaults.brokerHost(), defaults.brokerPort(), dataDir, name,
        new TopicNames(name + ".paragraphs", name + ".enriched", name + ".alerts",
            name + ".deadletter", name + ".alert-rules", name + ".articles", name + ".stories"),
        defaults.partitions(), defaults.streamThreads(), defaults.aheadWorkers(),
        defaults.exactlyOnce(),
        defaults.maxParagraphChars(), defaults.enrichmentBudget(), Optional.empty(),
        defaults.dedup(), defaults.spikes(), defaults.articleMemory(),
        defaults.storyWindow());
    server = NewsstreamServer.start(config, () -> enricher, message -> { });
  }

  @AfterEach
  void stopPipeline() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void the_seed_article_comes_out_enriched_with_its_people_and_places_and_raises_alerts()
      throws Exception {
    publish(seed);

    List<EnrichedParagraph> enriched = awaitEnriched(seed.paragraphs().size());
    List<Entity> entities = enriched.stream().flatMap(p -> p.getEntities().stream()).toList();
    assertThat(entities).filteredOn(e -> e.getType() == EntityType.PERSON)
        .extracting(Entity::getCanonical)
        .contains("Vladimir Putin", "Choe Son Hui", "Kim Jong Un", "Volodymyr Zelensky",
            "Andrii Kovalenko");
    assertThat(entities).filteredOn(e -> e.getText().equals("Putin"))
        .extracting(Entity::getId).containsOnly("wikipedia:Vladimir_Putin");
    assertThat(entities).filteredOn(e -> e.getText().equals("Andrii Kovalenko"))
        .extracting(Entity::getId).containsOnly("name:andrii_kovalenko");
    assertThat(enriched).extracting(p -> p.getParagraph().getLanguage()).containsOnly("en");
    assertThat(entities).filteredOn(e -> e.getText().equals("Kursk"))
        .extracting(Entity::getType).containsOnly(EntityType.LOCATION);
    assertThat(enriched).extracting(p -> p.getParagraph().getIndex())
        .containsExactlyInAnyOrderElementsOf(range(seed.paragraphs().size()));

    await("alerting has caught up").atMost(Duration.ofSeconds(60)).until(() -> caughtUp());
    List<Alert> alerts = readAll(server.topics().alerts);
    assertThat(alerts).isNotEmpty();
    assertThat(alerts).extracting(Alert::getArticleId).containsOnly(seed.id());
    assertThat(alerts).extracting(Alert::getId).doesNotHaveDuplicates();
  }

  @Test
  void a_backlog_is_analysed_ahead_of_the_stream_threads_and_each_paragraph_still_comes_out_once()
      throws Exception {
    var ahead = server.pipeline().analysesAhead().orElseThrow();
    // Enough at once for a backlog: about 320 paragraphs a partition, where only those at least
    // 100 past the last commit are read ahead.
    int copies = 60;
    for (int i = 0; i < copies; i++) {
      publish(new Article(seed.id() + "-wire-" + i, seed.title(), seed.paragraphs()));
    }

    List<EnrichedParagraph> enriched = awaitEnriched(copies * seed.paragraphs().size());
    assertThat(enriched).extracting(p -> p.getParagraph().getArticleId() + "/"
        + p.getParagraph().getIndex()).doesNotHaveDuplicates();
    assertThat(ahead.offered()).isPositive();
  }

  @Test
  void a_burst_beyond_the_backlog_mark_commits_on_the_longer_interval_loses_nothing_and_then_commits_promptly_again()
      throws Exception {
    // 2,400 paragraphs in one go: far more than the 1,000 that begin a backlog still wait when
    // the reader first looks, whatever the machine's speed.
    int copies = 150;
    List<Paragraph> burst = new ArrayList<>();
    for (int i = 0; i < copies; i++) {
      burst.addAll(ParagraphPublisher.paragraphs(
          new Article(seed.id() + "-burst-" + i, seed.title(), seed.paragraphs()), "test", null,
          Instant.now()));
    }
    long backlogsBefore = server.pipeline().backlogsBegun();
    publish(burst);

    List<EnrichedParagraph> enriched = awaitEnriched(copies * seed.paragraphs().size());
    assertThat(enriched).extracting(p -> p.getParagraph().getArticleId() + "/"
        + p.getParagraph().getIndex()).doesNotHaveDuplicates();
    assertThat(server.pipeline().backlogsBegun()).isGreaterThan(backlogsBefore);
    await("the backlog has ended").atMost(Duration.ofSeconds(10))
        .until(() -> !server.pipeline().inBacklog());
  }

  @Test
  void publishing_the_same_article_again_marks_it_duplicate_and_raises_no_new_alert()
      throws Exception {
    publish(seed);
    awaitEnriched(seed.paragraphs().size());
    await("alerting has caught up").atMost(Duration.ofSeconds(60)).until(() -> caughtUp());
    int alertsOfTheOriginal = readAll(server.topics().alerts).size();

    publish(seed);

    List<EnrichedParagraph> enriched = awaitEnriched(2 * seed.paragraphs().size());
    assertThat(enriched).filteredOn(p -> p.getDuplicateOf() != null)
        .hasSize(seed.paragraphs().size())
        .allSatisfy(p -> assertThat(p.getDuplicateOf())
            .isEqualTo(seed.id() + "/" + p.getParagraph().getIndex()));
    await("alerting has caught up").atMost(Duration.ofSeconds(60)).until(() -> caughtUp());
    assertThat(readAll(server.topics().alerts)).hasSize(alertsOfTheOriginal);
  }

  @Test
  void a_restart_on_the_same_data_folder_neither_re_emits_nor_loses_anything() throws Exception {
    publish(seed);
    awaitEnriched(seed.paragraphs().size());
    await("enrichment has caught up").atMost(Duration.ofSeconds(60)).until(() -> caughtUp());
    await("alerting has caught up").atMost(Duration.ofSeconds(60)).until(() -> caughtUp());
    List<EnrichedParagraph> enrichedBefore = readAll(server.topics().enriched);
    List<Alert> alertsBefore = readAll(server.topics().alerts);

    server.close();
    server = NewsstreamServer.start(config, () -> enricher, message -> { });

    // Both groups, not only alerting: enrichment re-emitting its input after the restart would
    // otherwise be counted before it reached news.enriched.
    await("enrichment has caught up after restart").atMost(Duration.ofSeconds(60))
        .until(() -> caughtUp());
    await("alerting has caught up after restart").atMost(Duration.ofSeconds(60))
        .until(() -> caughtUp());
    assertThat(readAll(server.topics().enriched)).as("enriched records after the restart")
        .containsExactlyInAnyOrderElementsOf(enrichedBefore);
    assertThat(readAll(server.topics().alerts)).as("alerts after the restart")
        .containsExactlyInAnyOrderElementsOf(alertsBefore);
  }

  @Test
  void a_rule_added_while_running_alerts_on_its_own_topic_from_the_next_paragraph()
      throws Exception {
    String ruleTopicName = config.applicationId() + ".alerts.kursk";
    var rule = RuleCompiler.compile(new RuleDefinition("kursk-watch", "Kursk in any claim",
        List.of("Kursk"), null, null, null, 0.0, null, null, null, null, null, null, "FLASH",
        ruleTopicName, null, null), server.topics().alerts.name());
    new RulesTopic(server.topics().alertRules, server.clients().producer(),
        server.clients().consumer(null)).put(List.of(rule));
    try (Admin admin = Admin.create(server.clients().admin())) {
      admin.createTopics(List.of(new org.apache.kafka.clients.admin.NewTopic(
          ruleTopicName, 1, (short) 1))).all().get();
    }
    Article fresh = ArticleSplitter.split("kursk-update.txt",
        "Officials in Kyiv said 300 North Korean soldiers were killed near Kursk on Tuesday.");

    // The global rules table may lag the put by a moment: republishing under new ids until the
    // rule has been applied is what a desk would see, and each try is a new paragraph.
    Topic<String, Alert> ruleTopic = new Topic<>(ruleTopicName,
        server.topics().alerts.keySerde(), server.topics().alerts.valueSerde());
    List<Alert> kurskAlerts = await("an alert on the rule's own topic")
        .atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2))
        .until(() -> {
          publish(new Article(fresh.id() + "-" + System.nanoTime(), null, fresh.paragraphs()));
          return readAll(ruleTopic);
        }, list -> !list.isEmpty());
    assertThat(kurskAlerts.get(0).getRuleId()).isEqualTo("kursk-watch");
    assertThat(kurskAlerts.get(0).getEntity()).isEqualTo("Kursk");
    assertThat(kurskAlerts.get(0).getTopic()).isEqualTo(ruleTopicName);
  }

  @Test
  void a_rule_on_a_display_name_alerts_on_every_spelling_linked_to_it_and_other_languages_stay_unannotated()
      throws Exception {
    var rule = RuleCompiler.compile(new RuleDefinition("us-watch", "United States in any claim",
        List.of("United States"), null, null, null, 0.0, null, null, null, null, null, null,
        "FLASH", "alerts.us-it", null, null), "news.alerts");
    new RulesTopic(server.topics().alertRules, server.clients().producer(),
        server.clients().consumer(null)).put(List.of(rule));
    try (Admin admin = Admin.create(server.clients().admin())) {
      admin.createTopics(List.of(new org.apache.kafka.clients.admin.NewTopic(
          "alerts.us-it", 1, (short) 1))).all().get();
    }
    Topic<String, Alert> ruleTopic = new Topic<>("alerts.us-it",
        server.topics().alerts.keySerde(), server.topics().alerts.valueSerde());
    String german = "Die Bundesregierung in Berlin teilte am Montag mit, dass die Vereinigten "
        + "Staaten weitere 3000 Soldaten nach Polen schicken wollen.";
    List<Alert> usAlerts = await("alerts for an article saying U.S. and one saying America")
        .atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2))
        .until(() -> {
          long n = System.nanoTime();
          publish(ArticleSplitter.split("us-" + n + ".txt",
              "U.S. officials said 3,000 more troops would be sent to Poland."));
          publish(ArticleSplitter.split("america-" + n + ".txt",
              "Officials said America would send 3,000 more troops to Poland."));
          publish(ArticleSplitter.split("de-" + n + ".txt", german));
          return readAll(ruleTopic);
        }, list -> list.stream().anyMatch(a -> a.getEvidence().contains("U.S."))
            && list.stream().anyMatch(a -> a.getEvidence().contains("America")));
    assertThat(usAlerts).extracting(Alert::getEntity).containsOnly("United States");
    assertThat(usAlerts).noneMatch(a -> a.getEvidence().contains("Vereinigten"));
    // Published after the English ones, it may come out in a later commit than their alerts.
    List<EnrichedParagraph> germanOut = await("the German paragraph enriched")
        .atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1))
        .until(() -> readAll(server.topics().enriched).stream()
            .filter(p -> p.getParagraph().getText().equals(german)).toList(), l -> !l.isEmpty());
    // CoreNLP's German model tags it, not the English one (which made "Montag" a PERSON); its
    // entities get ids from their names, never the English dictionary's titles.
    assertThat(germanOut).isNotEmpty().allSatisfy(p -> {
      assertThat(p.getParagraph().getLanguage()).isEqualTo("de");
      assertThat(p.getEntities()).extracting(Entity::getText).contains("Berlin", "Polen")
          .doesNotContain("Montag");
      assertThat(p.getEntities()).allSatisfy(e -> assertThat(e.getId()).startsWith("name:"));
      assertThat(p.getNotAnnotated()).contains("language de").contains("German", "NER model");
    });
  }

  private List<EnrichedParagraph> awaitEnriched(int count) {
    return await(count + " enriched paragraphs").atMost(Duration.ofSeconds(90))
        .until(() -> readAll(server.topics().enriched), list -> list.size() == count);
  }

  /** Whether the pipeline's group has committed all its input, internal topics included. */
  private boolean caughtUp() {
    try (Admin admin = Admin.create(server.clients().admin())) {
      return GroupCatchUp.caughtUp(admin, config.applicationId());
    }
  }

  private void publish(Article article) throws Exception {
    publish(ParagraphPublisher.paragraphs(article, "test", null, Instant.now()));
  }

  private void publish(List<Paragraph> paragraphs) throws Exception {
    var topic = server.topics().paragraphs;
    try (KafkaProducer<String, Paragraph> producer = new KafkaProducer<>(
        server.clients().producer(), topic.keySerde().serializer(), topic.valueSerde().serializer())) {
      new ParagraphPublisher(producer, topic.name()).publish(paragraphs);
    }
  }

  /** Every committed record of a topic, from the beginning, with a plain read_committed consumer. */
  private <V> List<V> readAll(Topic<String, V> topic) {
    return CommittedRecords.readAll(server.clients().consumer(null), topic);
  }

  private static List<Integer> range(int n) {
    return java.util.stream.IntStream.range(0, n).boxed().toList();
  }

}
