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
  void a_limit_out_of_range_is_a_400_with_a_json_reason() throws Exception {
    var response = web.get("/api/alerts?limit=0");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("limit must be between 1 and 1000");
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
