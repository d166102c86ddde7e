package org.newsstream.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsstream.config.DedupSettings;
import org.newsstream.config.TopicNames;
import org.newsstream.enrichment.Annotation;
import org.newsstream.enrichment.ArticleMemory;
import org.newsstream.enrichment.ParagraphEnricher;
import org.newsstream.enrichment.entities.NameKey;
import org.newsstream.enrichment.linking.NameIds;
import org.newsstream.schema.Claim;
import org.newsstream.schema.EnrichedParagraph;
import org.newsstream.schema.Entity;
import org.newsstream.schema.EntityType;
import org.newsstream.schema.KnownName;
import org.newsstream.schema.Paragraph;
import org.newsstream.schema.Sentiment;
import org.newsstream.schema.SurnameOwner;

/**
 * A later article that says only "Kovalenko" links to the person another article named in full,
 * through the surname-owners store, when that surname has one recent owner and no other.
 */
class SurnameOwnersTopologyTest {
  private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");
  private static final Duration MEMORY = Duration.ofDays(3);

  /**
   * Every run of capitalised words is a PERSON, with an id from its name, remembered by the
   * article; a one-word name takes the full name its article gave before (as the real resolver
   * does). The paragraph is one
   * claim, attributed to its first person.
   */
  static final class PeopleEnricher implements ParagraphEnricher {
    private static final Pattern NAME = Pattern.compile("\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+)*");

    @Override
    public Annotation annotate(String text, ArticleMemory memory) {
      List<Entity> entities = new ArrayList<>();
      Matcher m = NAME.matcher(text);
      while (m.find()) {
        KnownName known = memory.lookup(m.group());
        String canonical = known == null ? m.group() : known.getCanonical();
        if (known == null) {
          memory.remember(new KnownName(m.group(), m.group(), EntityType.PERSON));
        }
        if (NameKey.words(m.group()).size() >= 2) {
          String surname = m.group().substring(m.group().lastIndexOf(' ') + 1);
          memory.remember(new KnownName(surname, m.group(), EntityType.PERSON));
        }
        entities.add(new Entity(m.group(), EntityType.PERSON, m.start(), m.end(), canonical,
            "name:" + NameIds.slug(canonical)));
      }
      List<Claim> claims = entities.isEmpty() ? List.of() : List.of(new Claim(text, 0,
          text.length(), List.of(), 0.5, entities.get(0).getCanonical()));
      return new Annotation(entities, new Sentiment(0.0, "neutral"), List.of(), claims, false);
    }
  }

  private final Topics topics = new Topics(TopicNames.defaults());
  private TopologyTestDriver driver;
  private TestInputTopic<String, Paragraph> paragraphs;
  private TestInputTopic<String, SurnameOwner> owners;
  private TestOutputTopic<String, EnrichedParagraph> enriched;
  private TestOutputTopic<String, SurnameOwner> sightings;

  @BeforeEach
  void start() {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "surname-owners-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    driver = new TopologyTestDriver(EnrichmentTopology.build(topics, new PeopleEnricher(), 1_000,
        Clock.fixed(T0, ZoneOffset.UTC), DedupSettings.defaults(), MEMORY), props);
    paragraphs = driver.createInputTopic(topics.paragraphs.name(),
        topics.paragraphs.keySerde().serializer(), topics.paragraphs.valueSerde().serializer());
    owners = driver.createInputTopic(topics.surnameOwners.name(),
        topics.surnameOwners.keySerde().serializer(),
        topics.surnameOwners.valueSerde().serializer());
    enriched = driver.createOutputTopic(topics.enriched.name(),
        topics.enriched.keySerde().deserializer(), topics.enriched.valueSerde().deserializer());
    sightings = driver.createOutputTopic(topics.surnameOwners.name(),
        topics.surnameOwners.keySerde().deserializer(),
        topics.surnameOwners.valueSerde().deserializer());
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  /** The entity that paragraph 0 of {@code article}, published at {@code at}, comes out with. */
  private EnrichedParagraph publish(String article, String text, Instant at) {
    paragraphs.pipeInput(article,
        Paragraph.newBuilder().setArticleId(article).setIndex(0).setText(text).build(), at);
    return enriched.readValuesToList().stream()
        .filter(p -> p.getParagraph().getArticleId().equals(article))
        .reduce((first, second) -> second).orElseThrow();
  }

  private static Entity person(EnrichedParagraph paragraph) {
    return paragraph.getEntities().get(0);
  }

  @Test
  void a_bare_surname_in_a_later_article_takes_the_id_of_the_one_full_name_seen_before() {
    publish("a", "Andrii Kovalenko said the talks had failed.", T0);

    EnrichedParagraph later = publish("b", "Kovalenko said more talks were planned.",
        T0.plus(Duration.ofHours(5)));

    assertThat(person(later).getId()).isEqualTo("name:andrii_kovalenko");
    assertThat(person(later).getCanonical()).isEqualTo("Andrii Kovalenko");
    assertThat(later.getClaims()).extracting(Claim::getSource).containsExactly("Andrii Kovalenko");
  }

  @Test
  void two_recent_full_names_with_the_surname_leave_the_bare_surname_unlinked() {
    publish("a", "Andrii Kovalenko said the talks had failed.", T0);
    publish("c", "Olena Kovalenko said the opposite.", T0.plus(Duration.ofHours(1)));

    EnrichedParagraph later = publish("b", "Kovalenko said more talks were planned.",
        T0.plus(Duration.ofHours(5)));

    assertThat(person(later).getId()).isEqualTo("name:kovalenko");
    assertThat(person(later).getCanonical()).isEqualTo("Kovalenko");
  }

  @Test
  void a_full_name_not_seen_for_longer_than_the_memory_owns_its_surname_no_more() {
    publish("a", "Andrii Kovalenko said the talks had failed.", T0);

    EnrichedParagraph later = publish("b", "Kovalenko said more talks were planned.",
        T0.plus(MEMORY).plus(Duration.ofHours(1)));

    assertThat(person(later).getId()).isEqualTo("name:kovalenko");
  }

  @Test
  void the_owner_named_on_another_partition_arrives_through_the_compacted_topic() {
    // What another task's enrichment writes when it sees "Olena Kovalenko".
    owners.pipeInput(SurnameOwnersStore.key("kovalenko", "name:olena_kovalenko"),
        new SurnameOwner("kovalenko", "name:olena_kovalenko", "Olena Kovalenko", T0), T0);

    assertThat(person(publish("b", "Kovalenko said more talks were planned.",
        T0.plus(Duration.ofHours(5)))).getId()).isEqualTo("name:olena_kovalenko");
    publish("a", "Andrii Kovalenko said the talks had failed.", T0.plus(Duration.ofHours(6)));
    assertThat(person(publish("d", "Kovalenko said nothing.", T0.plus(Duration.ofHours(7))))
        .getId()).isEqualTo("name:kovalenko");
  }

  @Test
  void enrichment_writes_one_record_per_person_and_surname_and_renews_it_only_now_and_then() {
    publish("a", "Andrii Kovalenko said the talks had failed.", T0);
    publish("c", "Andrii Kovalenko said it again.", T0.plus(Duration.ofMinutes(10)));
    publish("e", "Andrii Kovalenko said it once more.", T0.plus(Duration.ofDays(1)));

    assertThat(sightings.readKeyValuesToList())
        .extracting(kv -> kv.key, kv -> kv.value.getLastSeenAt())
        .containsExactly(tuple("kovalenko name:andrii_kovalenko", T0),
            tuple("kovalenko name:andrii_kovalenko", T0.plus(Duration.ofDays(1))));
  }

  @Test
  void an_article_that_took_a_full_name_keeps_it_for_its_later_paragraphs() {
    publish("a", "Andrii Kovalenko said the talks had failed.", T0);
    publish("b", "Kovalenko said more talks were planned.", T0.plus(Duration.ofHours(1)));
    publish("c", "Olena Kovalenko said the opposite.", T0.plus(Duration.ofHours(2)));

    paragraphs.pipeInput("b", Paragraph.newBuilder().setArticleId("b").setIndex(1)
        .setText("Kovalenko added a warning.").build(), T0.plus(Duration.ofHours(3)));

    assertThat(enriched.readValuesToList()).last()
        .satisfies(p -> assertThat(person(p).getId()).isEqualTo("name:andrii_kovalenko"));
  }
}
