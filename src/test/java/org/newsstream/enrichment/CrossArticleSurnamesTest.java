package org.newsstream.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsstream.enrichment.linking.SurnameMemory;
import org.newsstream.schema.Claim;
import org.newsstream.schema.ClaimFlag;
import org.newsstream.schema.Entity;
import org.newsstream.schema.EntitySentiment;
import org.newsstream.schema.EntityType;
import org.newsstream.schema.KnownName;
import org.newsstream.schema.Sentiment;

class CrossArticleSurnamesTest {
  private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");
  private final SurnameMemory surnames = new SurnameMemory(Duration.ofDays(7));

  private static Annotation said(String surface, String canonical, String id) {
    return new Annotation(
        List.of(new Entity(surface, EntityType.PERSON, 0, surface.length(), canonical, id)),
        new Sentiment(0.0, "neutral"), List.of(new EntitySentiment(canonical, 0.0, 1)),
        List.of(new Claim(surface + " said so.", 0, surface.length() + 9,
            List.of(ClaimFlag.ATTRIBUTED), 0.7, canonical)),
        false);
  }

  @Test
  void a_bare_surname_linked_to_another_articles_full_name_is_renamed_wherever_the_paragraph_names_it() {
    CrossArticleSurnames.apply(said("Andrii Kovalenko", "Andrii Kovalenko",
        "name:andrii_kovalenko"), ArticleMemory.empty(), surnames, T0);
    ArticleMemory article = ArticleMemory.empty();
    article.remember(new KnownName("Kovalenko", "Kovalenko", EntityType.PERSON));
    article.endParagraph(List.of("Kovalenko"), "Kovalenko");

    Annotation later = CrossArticleSurnames.apply(
        said("Kovalenko", "Kovalenko", "name:kovalenko"), article, surnames, T0.plusSeconds(60));

    assertThat(later.entities()).extracting(Entity::getId).containsExactly("name:andrii_kovalenko");
    assertThat(later.claims()).extracting(Claim::getSource).containsExactly("Andrii Kovalenko");
    assertThat(later.entitySentiments()).extracting(EntitySentiment::getCanonical)
        .containsExactly("Andrii Kovalenko");
    assertThat(article.lookup("Kovalenko").getCanonical()).isEqualTo("Andrii Kovalenko");
    assertThat(article.speakers().lastSpeaker()).isEqualTo("Andrii Kovalenko");
  }

  @Test
  void a_surname_the_article_already_resolved_does_not_renew_its_owner() {
    CrossArticleSurnames.apply(said("Andrii Kovalenko", "Andrii Kovalenko",
        "name:andrii_kovalenko"), ArticleMemory.empty(), surnames, T0);
    CrossArticleSurnames.apply(said("Kovalenko", "Andrii Kovalenko", "name:andrii_kovalenko"),
        ArticleMemory.empty(), surnames, T0.plus(Duration.ofDays(6)));

    Annotation later = CrossArticleSurnames.apply(said("Kovalenko", "Kovalenko", "name:kovalenko"),
        ArticleMemory.empty(), surnames, T0.plus(Duration.ofDays(8)));

    assertThat(later.entities()).extracting(Entity::getId).containsExactly("name:kovalenko");
  }
}
