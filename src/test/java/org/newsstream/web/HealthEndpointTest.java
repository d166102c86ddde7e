package org.newsstream.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HealthEndpointTest {
  private final Map<String, String> states = new LinkedHashMap<>();
  private final WebFixture web = new WebFixture(id -> new ArticleSummaries.Missing(),
      () -> Map.copyOf(states), () -> "");

  @AfterEach
  void stop() {
    web.close();
  }

  @Test
  void healthy_when_every_streams_application_is_running() throws Exception {
    states.put("enrichment", "RUNNING");
    states.put("alerting", "RUNNING");

    var response = web.get("/health");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"status\":\"UP\"", "\"alerting\":\"RUNNING\"");
  }

  @Test
  void unhealthy_with_the_states_when_one_is_not_running() throws Exception {
    states.put("enrichment", "RUNNING");
    states.put("alerting", "REBALANCING");

    var response = web.get("/health");

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.body()).contains("\"status\":\"DOWN\"", "\"alerting\":\"REBALANCING\"");
  }

  @Test
  void unhealthy_before_any_application_has_started() throws Exception {
    assertThat(web.get("/health").statusCode()).isEqualTo(503);
  }
}
