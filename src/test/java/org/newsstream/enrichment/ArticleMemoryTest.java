package org.newsstream.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsstream.enrichment.claims.Gender;
import org.newsstream.schema.ArticleState;
import org.newsstream.schema.EntityType;
import org.newsstream.schema.KnownName;

class ArticleMemoryTest {

  @Test
  void aParagraphNamingPeopleMakesThemThePronounCandidatesAndOneNamingNobodyKeepsThem() {
    ArticleMemory memory = ArticleMemory.empty();
    memory.endParagraph(List.of("Choe Son Hui", "Vladimir Putin"), null);
    memory.endParagraph(List.of(), "Choe Son Hui");

    assertThat(memory.speakers().recentPeople()).containsExactly("Choe Son Hui", "Vladimir Putin");
    assertThat(memory.speakers().lastSpeaker()).isEqualTo("Choe Son Hui");

    memory.endParagraph(List.of("Andrii Kovalenko"), null);
    assertThat(memory.speakers().recentPeople()).containsExactly("Andrii Kovalenko");
    assertThat(memory.speakers().lastSpeaker()).as("the turn ended").isNull();
  }

  @Test
  void survivesTheRoundTripThroughTheArticleStateStoreRecord() {
    ArticleMemory memory = ArticleMemory.empty();
    memory.remember(new KnownName("Putin", "Vladimir Putin", EntityType.PERSON));
    memory.rememberGenders(Map.of("Choe Son Hui", Gender.FEMALE));
    memory.endParagraph(List.of("Choe Son Hui"), "Choe Son Hui");

    ArticleState state = memory.writeTo(ArticleState.newBuilder())
        .setArticleId("a").setLastSeenAt(Instant.EPOCH).build();
    ArticleMemory read = ArticleMemory.of(state);

    assertThat(read.lookup("Putin").getCanonical()).isEqualTo("Vladimir Putin");
    assertThat(read.speakers()).isEqualTo(memory.speakers());
  }

  @Test
  void aGenderValueFromANewerVersionIsTreatedAsUnknown() {
    ArticleState state = ArticleState.newBuilder().setArticleId("a").setNames(List.of())
        .setGenders(Map.of("Sam Doe", "NONBINARY", "Choe Son Hui", "FEMALE"))
        .setLastSeenAt(Instant.EPOCH).build();

    assertThat(ArticleMemory.of(state).speakers().genders())
        .containsExactly(Map.entry("Choe Son Hui", Gender.FEMALE));
  }
}
