package org.newsstream.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.newsstream.web.WebFixture.alert;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsstream.schema.Alert;
import org.newsstream.schema.Severity;

class AlertEndpointsTest {
  private final ObjectMapper json = new ObjectMapper();
  private final WebFixture web = new WebFixture();

  @AfterEach
  void stop() {
    web.close();
  }

  @Test
  void recent_alerts_are_newest_first_as_plain_json_and_limited() throws Exception {
    web.feed.publish(alert("a1", "r1", Severity.ROUTINE, "Kursk", "art-1"));
    web.feed.publish(alert("a2", "r1", Severity.FLASH, "Kyiv", "art-1"));
    web.feed.publish(alert("a3", "r2", Severity.URGENT, "Kursk", "art-2"));

    var response = web.get("/api/alerts?limit=2");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode alerts = json.readTree(response.body());
    assertThat(alerts).extracting(a -> a.get("id").asText()).containsExactly("a3", "a2");
    assertThat(alerts.get(0).get("severity").asText()).isEqualTo("URGENT");
    assertThat(alerts.get(0).get("eventTime").asText()).isEqualTo("2025-06-01T11:59:57Z");
    assertThat(alerts.get(0).get("sequence").asLong()).isEqualTo(3);
  }

  @Test
  void recent_alerts_can_be_filtered_by_rule_severity_and_entity() throws Exception {
    web.feed.publish(alert("a1", "r1", Severity.ROUTINE, "Kursk", "art-1"));
    web.feed.publish(alert("a2", "r1", Severity.FLASH, "Kyiv", "art-1"));
    web.feed.publish(alert("a3", "r2", Severity.FLASH, "Kursk", "art-2"));

    assertThat(ids(web.get("/api/alerts?severity=flash").body())).containsExactly("a3", "a2");
    assertThat(ids(web.get("/api/alerts?rule=r1&entity=Kursk").body())).containsExactly("a1");
  }

  @Test
  void the_entity_filter_takes_a_display_name_or_an_entity_id() throws Exception {
    Alert us = alert("a1", "r1", Severity.FLASH, "United States", "art-1");
    us.setEntityId("wikipedia:United_States");
    web.feed.publish(us);
    web.feed.publish(alert("a2", "r1", Severity.FLASH, "Kyiv", "art-1"));

    assertThat(ids(web.get("/api/alerts?entity=wikipedia:United_States").body()))
        .containsExactly("a1");
    assertThat(ids(web.get("/api/alerts?entity=United%20States").body())).containsExactly("a1");
  }

  @Test
  void a_limit_out_of_range_is_a_400_with_a_json_reason() throws Exception {
    var response = web.get("/api/alerts?limit=0");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("limit must be a whole number between 1 and 1000; got 0");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/alerts?limit=-1", "/api/alerts?limit=ten", "/api/alerts?limit=99999999999",
      "/api/alerts?severity=BOGUS", "/api/alerts?limt=5", "/api/alerts?limit=5&limit=6",
      "/api/alerts/stream?severity=BOGUS", "/api/alerts/stream?backlog=99999999",
      "/api/alerts/stream?backlog=-1", "/api/alerts/stream?colour=red"})
  void every_bad_query_is_a_400_with_one_line_of_json_before_anything_is_streamed(String query)
      throws Exception {
    var response = web.get(query, Map.of("Accept", "text/event-stream"));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    JsonNode body = json.readTree(response.body());
    assertThat(body.fieldNames()).toIterable().containsExactly("error");
    assertThat(body.get("error").asText()).doesNotContain("\n", "ValidationError", "Exception");
  }

  @Test
  void a_bad_severity_names_the_severities_there_are() throws Exception {
    var response = web.get("/api/alerts?severity=BOGUS");

    assertThat(json.readTree(response.body()).get("error").asText())
        .isEqualTo("severity must be one of FLASH, URGENT, ROUTINE; got BOGUS");
  }

  @Test
  void a_backlog_too_large_says_the_largest_there_is() throws Exception {
    var response = web.get("/api/alerts/stream?backlog=99999999", Map.of("Accept", "text/event-stream"));

    assertThat(json.readTree(response.body()).get("error").asText())
        .isEqualTo("backlog must be a whole number between 0 and 1000; got 99999999");
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"*/*", "text/event-stream, */*", "text/*", "text/event-stream;q=0.9",
      "application/json;q=1, text/event-stream;q=0.2", "TEXT/Event-Stream"})
  void the_stream_is_sent_to_any_client_that_accepts_an_event_stream(String accept) throws Exception {
    var response = web.open("/api/alerts/stream", accept);

    try (var lines = response.body()) {
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
      assertThat(lines.findFirst()).hasValue(": newsstream alerts");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"application/json", "text/html, application/xhtml+xml",
      "text/event-stream;q=0, */*"})
  void a_client_that_accepts_no_event_stream_gets_a_406_saying_so(String accept) throws Exception {
    var response = web.get("/api/alerts/stream", Map.of("Accept", accept));

    assertThat(response.statusCode()).isEqualTo(406);
    assertThat(json.readTree(response.body()).get("error").asText())
        .isEqualTo("/api/alerts/stream sends text/event-stream, which Accept: " + accept + " excludes");
  }

  @Test
  void the_stream_sends_each_new_matching_alert_as_an_event_numbered_by_sequence() {
    List<String> lines = web.stream("/api/alerts/stream?severity=FLASH", Map.of());
    await("the stream is subscribed").atMost(Duration.ofSeconds(10))
        .until(() -> web.feed.subscriberCount() == 1);

    web.feed.publish(alert("a1", "r1", Severity.ROUTINE, "Kursk", "art-1"));
    web.feed.publish(alert("a2", "r1", Severity.FLASH, "Kyiv", "art-1"));

    await("the FLASH alert arrives").atMost(Duration.ofSeconds(10))
        .until(() -> lines.stream().anyMatch(l -> l.startsWith("data:") && l.contains("\"a2\"")));
    assertThat(lines).contains("event: alert", "id: 2");
    assertThat(lines).noneMatch(l -> l.contains("\"a1\""));
  }

  @Test
  void a_client_reconnecting_with_last_event_id_gets_what_it_missed_and_nothing_twice() {
    web.feed.publish(alert("a1", "r1", Severity.FLASH, "Kursk", "art-1"));
    web.feed.publish(alert("a2", "r1", Severity.FLASH, "Kyiv", "art-1"));
    web.feed.publish(alert("a3", "r1", Severity.FLASH, "Minsk", "art-1"));

    List<String> lines = web.stream("/api/alerts/stream", Map.of("Last-Event-ID", "1"));

    await("the missed alerts are replayed").atMost(Duration.ofSeconds(10))
        .until(() -> lines.contains("id: 3"));
    assertThat(lines.stream().filter(l -> l.startsWith("id:"))).containsExactly("id: 2", "id: 3");
  }

  @Test
  void a_new_client_may_ask_for_a_backlog_of_recent_alerts() {
    for (int i = 1; i <= 5; i++) {
      web.feed.publish(alert("a" + i, "r1", Severity.ROUTINE, "Kursk", "art-1"));
    }

    List<String> lines = web.stream("/api/alerts/stream?backlog=2", Map.of());

    await("the backlog is sent").atMost(Duration.ofSeconds(10)).until(() -> lines.contains("id: 5"));
    assertThat(lines.stream().filter(l -> l.startsWith("id:"))).containsExactly("id: 4", "id: 5");
  }

  @Test
  void the_ring_keeps_only_the_newest_alerts() {
    AlertFeed small = new AlertFeed(2);
    small.publish(alert("a1", "r1", Severity.ROUTINE, "Kursk", "art-1"));
    small.publish(alert("a2", "r1", Severity.ROUTINE, "Kursk", "art-1"));
    small.publish(alert("a3", "r1", Severity.ROUTINE, "Kursk", "art-1"));

    assertThat(small.recent(10)).extracting(e -> e.alert().getId()).containsExactly("a3", "a2");
    assertThat(small.lastSequence()).isEqualTo(3);
  }

  private List<String> ids(String body) throws Exception {
    return json.readTree(body).findValuesAsText("id");
  }
}
