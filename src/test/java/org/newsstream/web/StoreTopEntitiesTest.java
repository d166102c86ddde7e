package org.newsstream.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsstream.config.SpikeSettings;
import org.newsstream.web.TopEntities.EntityCount;

class StoreTopEntitiesTest {
  private final List<String> asked = new ArrayList<>();
  private final TopEntities rolling = new TopEntities() {
    @Override
    public List<EntityCount> top(Duration window, int limit) {
      asked.add("top " + window.toMinutes() + "m");
      return List.of(new EntityCount("Kursk", "Kursk", "LOCATION", 3));
    }

    @Override
    public List<EntityCount> topHere(Duration window, int limit) {
      asked.add("here " + window.toMinutes() + "m");
      return List.of();
    }
  };

  private StoreTopEntities withoutTrendsApp() {
    return new StoreTopEntities(() -> null, SpikeSettings.defaults(), () -> null,
        new RequestForwarder(() -> "self:1"), rolling, name -> null,
        Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC));
  }

  @Test
  void a_window_other_than_the_stores_is_answered_from_the_rolling_counts() {
    assertThat(withoutTrendsApp().top(Duration.ofHours(1), 5))
        .containsExactly(new EntityCount("Kursk", "Kursk", "LOCATION", 3));
    assertThat(asked).containsExactly("top 60m");
  }

  @Test
  void while_the_trends_application_is_not_running_the_rolling_counts_answer() {
    withoutTrendsApp().top(Duration.ofMinutes(10), 5);
    withoutTrendsApp().topHere(Duration.ofMinutes(10), 5);

    assertThat(asked).containsExactly("top 10m", "here 10m");
  }

  @Test
  void the_union_of_the_instances_answers_is_ranked_by_mentions_then_name() {
    List<EntityCount> union = new ArrayList<>(List.of(
        new EntityCount("Minsk", "Minsk", "LOCATION", 2),
        new EntityCount("Kursk", "Kursk", "LOCATION", 5),
        new EntityCount("Kyiv", "Kyiv", "LOCATION", 2),
        new EntityCount("Putin", "Putin", "PERSON", 1)));

    assertThat(StoreTopEntities.sorted(union, 3)).extracting(EntityCount::canonical)
        .containsExactly("Kursk", "Kyiv", "Minsk");
  }
}
