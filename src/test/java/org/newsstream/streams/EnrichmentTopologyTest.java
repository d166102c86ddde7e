package org.newsstream.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsstream.config.TopicNames;
import org.newsstream.enrichment.Annotation;
import org.newsstream.enrichment.ArticleMemory;
import org.newsstream.enrichment.ParagraphEnricher;
import org.newsstream.schema.DeadLetter;
import org.newsstream.schema.EnrichedParagraph;
import org.newsstream.schema.Entity;
import org.newsstream.schema.EntityType;
import org.newsstream.schema.KnownName;
import org.newsstream.schema.Paragraph;
import org.newsstream.schema.Sentiment;

class EnrichmentTopologyTest {
  private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
  private static final int MAX_CHARS = 200;

  /**
   * Tags every capitalised word as a PERSON. A name seen earlier in the same article takes the
   * canonical form remembered for it (upper case), which shows the article memory at work. The
   * first person of a paragraph saying " said" becomes the speaker; otherwise the speaker stays.
   * "EXPLODE" makes it throw.
   */
  static final class FakeEnricher implements ParagraphEnricher {
    private static final Pattern WORD = Pattern.compile("\\p{Lu}\\p{L}+");

    @Override
    public Annotation annotate(String text, ArticleMemory memory) {
      if (text.contains("EXPLODE")) {
        throw new IllegalStateException("the model choked");
      }
      List<Entity> entities = new ArrayList<>();
      Matcher m = WORD.matcher(text);
      while (m.find()) {
        KnownName known = memory.lookup(m.group());
        String canonical = known == null ? m.group() : known.getCanonical();
        if (known == null) {
          memory.remember(new KnownName(m.group(), m.group().toUpperCase(), EntityType.PERSON));
        }
        entities.add(new Entity(m.group(), EntityType.PERSON, m.start(), m.end(), canonical, null));
      }
      List<String> people = entities.stream().map(Entity::getCanonical).toList();
      memory.endParagraph(people, text.contains(" said") && !people.isEmpty()
          ? people.get(0) : memory.speakers().lastSpeaker());
      return new Annotation(entities, new Sentiment(0.0, "neutral"), List.of(), List.of(), false);
    }
  }

  private final Topics topics = new Topics(TopicNames.defaults());
  private TopologyTestDriver driver;
  private TestInputTopic<String, Paragraph> paragraphs;
  private TestInputTopic<byte[], byte[]> raw;
  private TestOutputTopic<String, EnrichedParagraph> enriched;
  private TestOutputTopic<String, DeadLetter> deadLetters;

  @BeforeEach
  void start() {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "enrichment-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    driver = new TopologyTestDriver(EnrichmentTopology.build(topics, new FakeEnricher(), MAX_CHARS,
        Clock.fixed(NOW, ZoneOffset.UTC)), props);
    paragraphs = driver.createInputTopic(topics.paragraphs.name(),
        topics.paragraphs.keySerde().serializer(), topics.paragraphs.valueSerde().serializer());
    raw = driver.createInputTopic(topics.paragraphs.name(),
        Serdes.ByteArray().serializer(), Serdes.ByteArray().serializer());
    enriched = driver.createOutputTopic(topics.enriched.name(),
        topics.enriched.keySerde().deserializer(), topics.enriched.valueSerde().deserializer());
    deadLetters = driver.createOutputTopic(topics.deadLetter.name(),
        topics.deadLetter.keySerde().deserializer(), topics.deadLetter.valueSerde().deserializer());
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  private static Paragraph paragraph(String article, int index, String text) {
    return Paragraph.newBuilder().setArticleId(article).setIndex(index).setText(text).build();
  }

  @Test
  void a_paragraph_comes_out_enriched_keyed_by_its_article() {
    paragraphs.pipeInput("a1", paragraph("a1", 0, "Putin met Choe in Moscow."));

    var out = enriched.readKeyValue();
    assertThat(out.key).isEqualTo("a1");
    assertThat(out.value.getParagraph().getText()).isEqualTo("Putin met Choe in Moscow.");
    assertThat(out.value.getEntities()).extracting(Entity::getText)
        .containsExactly("Putin", "Choe", "Moscow");
    assertThat(out.value.getEnrichedAt()).isEqualTo(NOW);
    assertThat(deadLetters.isEmpty()).isTrue();
  }

  @Test
  void names_seen_earlier_in_an_article_are_remembered_for_its_later_paragraphs_only() {
    paragraphs.pipeInput("a1", paragraph("a1", 0, "Putin spoke."));
    paragraphs.pipeInput("a2", paragraph("a2", 0, "Putin again, elsewhere."));
    paragraphs.pipeInput("a1", paragraph("a1", 1, "Later Putin left."));

    List<EnrichedParagraph> out = enriched.readValuesToList();
    assertThat(out.get(0).getEntities().get(0).getCanonical()).isEqualTo("Putin");
    assertThat(out.get(1).getEntities().get(0).getCanonical())
        .as("another article has its own memory").isEqualTo("Putin");
    assertThat(out.get(2).getEntities()).extracting(Entity::getCanonical).contains("PUTIN");
    assertThat(driver.<String, org.newsstream.schema.ArticleState>getKeyValueStore(
        EnrichmentTopology.ARTICLE_STORE).get("a1").getParagraphs()).isEqualTo(2);
  }

  @Test
  void who_speaks_and_who_was_named_carry_over_to_the_articles_next_paragraph_through_the_store() {
    paragraphs.pipeInput("a1", paragraph("a1", 0, "Kovalenko said so."));
    paragraphs.pipeInput("a1", paragraph("a1", 1, "“more will follow.”"));

    var state = driver.<String, org.newsstream.schema.ArticleState>getKeyValueStore(
        EnrichmentTopology.ARTICLE_STORE).get("a1");
    assertThat(state.getLastSpeaker()).as("read back from the store by the second paragraph")
        .isEqualTo("Kovalenko");
    assertThat(state.getRecentPeople()).containsExactly("Kovalenko");
  }

  @Test
  void an_articles_memory_is_forgotten_after_a_week_without_a_paragraph() {
    paragraphs.pipeInput("old", paragraph("old", 0, "Putin spoke."));
    driver.advanceWallClockTime(java.time.Duration.ofDays(6));
    paragraphs.pipeInput("recent", paragraph("recent", 0, "Kim answered."));
    var store = driver.<String, org.newsstream.schema.ArticleState>getKeyValueStore(
        EnrichmentTopology.ARTICLE_STORE);
    assertThat(store.get("old")).as("six days idle: still remembered").isNotNull();

    driver.advanceWallClockTime(java.time.Duration.ofDays(1).plusHours(1));

    assertThat(store.get("old")).as("over seven days idle: forgotten").isNull();
    assertThat(store.get("recent")).isNotNull();
  }

  @Test
  void bytes_that_are_not_avro_go_to_the_dead_letter_topic_intact() {
    byte[] garbage = "{\"text\": \"json, not avro\"}".getBytes(StandardCharsets.UTF_8);
    raw.pipeInput("a9".getBytes(StandardCharsets.UTF_8), garbage);

    DeadLetter dead = deadLetters.readValue();
    assertThat(dead.getReason()).startsWith("not a Paragraph");
    assertThat(dead.getValue().array()).isEqualTo(garbage);
    assertThat(dead.getSourceTopic()).isEqualTo("news.paragraphs");
    assertThat(dead.getOffset()).isZero();
    assertThat(enriched.isEmpty()).isTrue();
  }

  @Test
  void empty_and_oversized_paragraphs_are_dead_lettered_with_their_reason() {
    paragraphs.pipeInput("a1", paragraph("a1", 0, "   "));
    paragraphs.pipeInput("a1", paragraph("a1", 1, "x".repeat(MAX_CHARS + 1)));
    raw.pipeInput("a1".getBytes(StandardCharsets.UTF_8), new byte[0]);

    assertThat(deadLetters.readValuesToList()).extracting(DeadLetter::getReason).containsExactly(
        "paragraph text is empty",
        "paragraph text is 201 characters, over the limit of 200",
        "empty record: no value");
    assertThat(enriched.isEmpty()).isTrue();
  }

  @Test
  void a_paragraph_whose_enrichment_throws_is_dead_lettered_and_the_stream_goes_on() {
    Paragraph bad = paragraph("a1", 0, "EXPLODE now");
    paragraphs.pipeInput("a1", bad);
    paragraphs.pipeInput("a1", paragraph("a1", 1, "Calm again."));

    DeadLetter dead = deadLetters.readValue();
    assertThat(dead.getReason()).isEqualTo("enrichment failed");
    assertThat(dead.getError()).contains("IllegalStateException: the model choked");
    assertThat(topics.paragraphs.valueSerde().deserializer().deserialize("t", dead.getValue().array()))
        .as("the original bytes are kept").isEqualTo(bad);
    assertThat(enriched.readValue().getParagraph().getIndex()).isEqualTo(1);
  }

  @Test
  void every_input_record_ends_up_in_exactly_one_of_enriched_and_dead_letter() {
    for (int i = 0; i < 20; i++) {
      String text = switch (i % 4) {
        case 0 -> "Fine paragraph " + i;
        case 1 -> "";
        case 2 -> "EXPLODE " + i;
        default -> "Another Fine one";
      };
      paragraphs.pipeInput("a" + (i % 3), paragraph("a" + (i % 3), i, text));
    }
    raw.pipeInput(null, new byte[] {1, 2, 3});

    assertThat(enriched.getQueueSize() + deadLetters.getQueueSize()).isEqualTo(21);
    assertThat(enriched.getQueueSize()).isEqualTo(10);
  }
}
