package org.newsstream.enrichment.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsstream.schema.Claim;
import org.newsstream.schema.ClaimFlag;
import org.newsstream.schema.Entity;
import org.newsstream.schema.EntitySentiment;
import org.newsstream.schema.EntityType;

/** One paragraph's bare surname linked across articles, everywhere the paragraph names it. */
class CrossArticleSurnamesTest {
  private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
  private final SurnameMemory memory = new SurnameMemory(Duration.ofDays(7));

  @Test
  void the_linked_name_replaces_the_surname_in_entities_claim_sources_and_sentiments() {
    CrossArticleSurnames.apply(List.of(person("Andrii Kovalenko", "name:andrii_kovalenko")),
        List.of(), List.of(), memory, T0);
    Entity bare = person("Kovalenko", "name:kovalenko");
    List<Claim> claims = List.of(new Claim("Kovalenko said 3 posts fell.", 0, 28,
        List.of(ClaimFlag.NUMERIC), 0.9, "Kovalenko"));
    List<EntitySentiment> sentiments = List.of(new EntitySentiment("Kovalenko", -0.4, 1));

    CrossArticleSurnames.Linked linked = CrossArticleSurnames.apply(List.of(bare), sentiments,
        claims, memory, T0.plusSeconds(3600));

    assertThat(linked.entities()).singleElement()
        .extracting(Entity::getText, Entity::getCanonical, Entity::getId)
        .containsExactly("Kovalenko", "Andrii Kovalenko", "name:andrii_kovalenko");
    assertThat(linked.claims()).extracting(Claim::getSource).containsExactly("Andrii Kovalenko");
    assertThat(linked.entitySentiments()).extracting(EntitySentiment::getCanonical)
        .containsExactly("Andrii Kovalenko");
    assertThat(linked.renamed()).containsEntry("Kovalenko", "Andrii Kovalenko");
    assertThat(bare.getId()).as("the input is not changed").isEqualTo("name:kovalenko");
  }

  @Test
  void a_paragraph_with_nothing_to_link_is_unchanged() {
    Entity place = new Entity("Kyiv", EntityType.LOCATION, 0, 4, "Kyiv", "wikipedia:Kyiv");

    CrossArticleSurnames.Linked linked =
        CrossArticleSurnames.apply(List.of(place), List.of(), List.of(), memory, T0);

    assertThat(linked.changed()).isFalse();
    assertThat(linked.entities()).containsExactly(place);
  }

  @Test
  void a_surname_resolved_by_its_own_article_does_not_make_its_person_an_owner() {
    // "Kovalenko" that the article itself resolved to Andrii (canonical already the full name)
    // renews nothing: only a name written out in full does.
    CrossArticleSurnames.apply(List.of(new Entity("Kovalenko", EntityType.PERSON, 0, 9,
        "Andrii Kovalenko", "name:andrii_kovalenko")), List.of(), List.of(), memory, T0);

    CrossArticleSurnames.Linked later = CrossArticleSurnames.apply(
        List.of(person("Kovalenko", "name:kovalenko")), List.of(), List.of(), memory,
        T0.plusSeconds(60));

    assertThat(later.entities().get(0).getId()).isEqualTo("name:kovalenko");
  }

  private static Entity person(String name, String id) {
    return new Entity(name, EntityType.PERSON, 0, name.length(), name, id);
  }
}
