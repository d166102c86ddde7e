package org.newsstream.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsstream.web.WebFixture.NOW;
import static org.newsstream.web.WebFixture.paragraph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrendEndpointsTest {
  private final ObjectMapper json = new ObjectMapper();
  private final WebFixture web = new WebFixture();

  @AfterEach
  void stop() {
    web.close();
  }

  @Test
  void top_entities_are_the_most_mentioned_within_the_window_most_first() throws Exception {
    web.mentions.add(paragraph(NOW.minusSeconds(60), 0, "Vladimir Putin", "Kursk", "Kursk"), NOW.minusSeconds(60));
    web.mentions.add(paragraph(NOW.minusSeconds(30), 0, "Vladimir Putin", "Kim Jong-Un"), NOW.minusSeconds(30));
    web.mentions.add(paragraph(NOW.minusSeconds(20 * 60), 0, "Minsk", "Minsk", "Minsk"),
        NOW.minusSeconds(20 * 60));

    JsonNode top = json.readTree(web.get("/api/entities/top?window=10m&limit=2").body());

    assertThat(top).extracting(e -> e.get("canonical").asText()).containsExactly("Kursk", "Vladimir Putin");
    assertThat(top.get(0).get("mentions").asLong()).isEqualTo(2);
    assertThat(top.get(0).get("type").asText()).isEqualTo("PERSON");
  }

  @Test
  void a_longer_window_takes_older_mentions_in() throws Exception {
    web.mentions.add(paragraph(NOW.minusSeconds(60), 0, "Kursk"), NOW.minusSeconds(60));
    web.mentions.add(paragraph(NOW.minusSeconds(20 * 60), 0, "Minsk", "Minsk"), NOW.minusSeconds(20 * 60));

    JsonNode top = json.readTree(web.get("/api/entities/top?window=1h").body());

    assertThat(top).extracting(e -> e.get("canonical").asText()).containsExactly("Minsk", "Kursk");
  }

  @Test
  void a_window_that_is_no_duration_or_too_long_is_a_400() throws Exception {
    assertThat(web.get("/api/entities/top?window=soon").statusCode()).isEqualTo(400);
    assertThat(web.get("/api/entities/top?window=2d").body()).contains("at most 1440m");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "/api/entities/top?limit=-1 | limit must be a whole number between 1 and 100; got -1",
      "/api/entities/top?limit=lots | limit must be a whole number between 1 and 100; got lots",
      "/api/entities/top?window=soon | window: 'soon' is not a duration such as 500ms, 90s, 10m, 2h or 1d",
      "/api/entities/top?window=0m | window must be more than 0 and at most 1440m; got 0m",
      "/api/entities/top?scope=global | scope must be local or absent; got global",
      "/api/entities/top?top=5 | unknown parameter top; /api/entities/top takes window, limit, scope",
      "/api/sentiment?points=1 | points must be a whole number between 2 and 500; got 1",
      "/api/sentiment?window=30m&window=1h | window is given 2 times; give it once"})
  void every_bad_query_is_a_400_with_one_line_of_json(String query, String message) throws Exception {
    var response = web.get(query);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    assertThat(json.readTree(response.body()).get("error").asText()).isEqualTo(message);
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
