package org.newsstream.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsstream.web.WebFixture.NOW;
import static org.newsstream.web.WebFixture.paragraph;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.newsstream.web.TopEntities.EntityCount;

/** The rolling counts behind /api/entities/top count what the trends topology counts. */
class MentionWindowTest {
  private final MentionWindow window = new MentionWindow(
      Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofSeconds(10), Duration.ofHours(24));

  @Test
  void a_paragraph_marked_duplicate_is_not_counted_again() {
    var original = paragraph(NOW, 0, "Kursk");
    var copy = paragraph(NOW, 0, "Kursk");
    copy.setDuplicateOf("a-1/0");

    window.add(original, NOW.minusSeconds(60));
    window.add(copy, NOW.minusSeconds(30));

    assertThat(window.top(Duration.ofHours(1), 5))
        .containsExactly(new EntityCount("Kursk", "Kursk", "PERSON", 1));
  }

  @Test
  void mentions_are_counted_when_the_paragraph_was_published_not_when_it_was_enriched() {
    // Published two hours ago, enriched just now (a backlog worked off after a restart).
    window.add(paragraph(NOW, 0, "Minsk"), NOW.minus(Duration.ofHours(2)));
    window.add(paragraph(NOW.minus(Duration.ofHours(2)), 0, "Kyiv"), NOW.minusSeconds(60));

    assertThat(window.top(Duration.ofHours(1), 5)).extracting(EntityCount::canonical)
        .containsExactly("Kyiv");
    assertThat(window.top(Duration.ofHours(3), 5)).extracting(EntityCount::canonical)
        .containsExactly("Kyiv", "Minsk");
  }
}
