package org.newsstream.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsstream.web.WebFixture.NOW;
import static org.newsstream.web.WebFixture.paragraph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TrendEndpointsTest {
  private final ObjectMapper json = new ObjectMapper();
  private final WebFixture web = new WebFixture();

  @AfterEach
  void stop() {
    web.close();
  }

  @Test
  void top_entities_are_the_most_mentioned_within_the_window_most_first() throws Exception {
    web.mentions.add(paragraph(NOW.minusSeconds(60), 0, "Vladimir Putin", "Kursk", "Kursk"));
    web.mentions.add(paragraph(NOW.minusSeconds(30), 0, "Vladimir Putin", "Kim Jong-Un"));
    web.mentions.add(paragraph(NOW.minusSeconds(20 * 60), 0, "Minsk", "Minsk", "Minsk"));

    JsonNode top = json.readTree(web.get("/api/entities/top?window=10m&limit=2").body());

    assertThat(top).extracting(e -> e.get("canonical").asText()).containsExactly("Kursk", "Vladimir Putin");
    assertThat(top.get(0).get("mentions").asLong()).isEqualTo(2);
    assertThat(top.get(0).get("type").asText()).isEqualTo("PERSON");
  }

  @Test
  void a_longer_window_takes_older_mentions_in() throws Exception {
    web.mentions.add(paragraph(NOW.minusSeconds(60), 0, "Kursk"));
    web.mentions.add(paragraph(NOW.minusSeconds(20 * 60), 0, "Minsk", "Minsk"));

    JsonNode top = json.readTree(web.get("/api/entities/top?window=1h").body());

    assertThat(top).extracting(e -> e.get("canonical").asText()).containsExactly("Minsk", "Kursk");
  }

  @Test
  void a_window_that_is_no_duration_or_too_long_is_a_400() throws Exception {
    assertThat(web.get("/api/entities/top?window=soon").statusCode()).isEqualTo(400);
    assertThat(web.get("/api/entities/top?window=2d").body()).contains("at most 1440m");
  }

  @Test
  void sentiment_is_the_mean_per_slot_oldest_first_with_empty_slots_left_out() throws Exception {
    web.sentiment.add(paragraph(NOW.minusSeconds(25 * 60), -0.5));
    web.sentiment.add(paragraph(NOW.minusSeconds(25 * 60), -0.1));
    web.sentiment.add(paragraph(NOW.minusSeconds(60), 0.8));

    JsonNode points = json.readTree(web.get("/api/sentiment?window=30m&points=30").body());

    assertThat(points).hasSize(2);
    assertThat(points.get(0).get("mean").asDouble()).isCloseTo(-0.3, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(points.get(0).get("paragraphs").asLong()).isEqualTo(2);
    assertThat(points.get(1).get("mean").asDouble()).isEqualTo(0.8);
    assertThat(points.get(0).get("at").asText()).isLessThan(points.get(1).get("at").asText());
  }
}
