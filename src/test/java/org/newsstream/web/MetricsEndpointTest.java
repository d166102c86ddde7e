package org.newsstream.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsstream.web.WebFixture.NOW;
import static org.newsstream.web.WebFixture.alert;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsstream.enrichment.Annotation;
import org.newsstream.schema.Severity;
import org.newsstream.web.metrics.NewsstreamMetrics;
import org.newsstream.web.metrics.TimedEnricher;

class MetricsEndpointTest {
  // Started 10 s before the alerts' detection time, so they are traffic, not history.
  private final NewsstreamMetrics metrics =
      new NewsstreamMetrics(Clock.fixed(NOW.minusSeconds(10), ZoneOffset.UTC), java.util.List.of());
  private final WebFixture web = new WebFixture(id -> new ArticleSummaries.Missing(), Map::of,
      metrics::scrape);

  @AfterEach
  void stop() {
    web.close();
    metrics.close();
  }

  @Test
  void alerts_are_counted_by_rule_and_severity_in_prometheus_format() throws Exception {
    metrics.alertSeen(alert("a1", "kursk-watch", Severity.FLASH, "Kursk", "art-1"));
    metrics.alertSeen(alert("a2", "kursk-watch", Severity.FLASH, "Kursk", "art-1"));
    metrics.paragraphIn();
    metrics.deadLetter();

    var response = web.get("/metrics");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
    assertThat(response.body())
        .contains("newsstream_alerts_total{rule=\"kursk-watch\",severity=\"FLASH\"} 2.0")
        .contains("newsstream_paragraphs_in_total 1.0")
        .contains("newsstream_dead_letters_total 1.0")
        .contains("newsstream_alert_latency_seconds_bucket")
        .contains("jvm_memory_used_bytes");
  }

  @Test
  void a_throttle_release_has_its_own_delay_and_leaves_the_publish_to_alert_latency_alone()
      throws Exception {
    metrics.alertSeen(alert("a1", "kursk-watch", Severity.FLASH, "Kursk", "art-1"));
    var release = alert("a2", "kursk-watch", Severity.FLASH, "Kursk", "art-2");
    release.setEventTime(NOW.minusSeconds(600));
    release.setThrottleRelease(true);

    metrics.alertSeen(release);

    assertThat(web.get("/metrics").body())
        .contains("newsstream_alerts_total{rule=\"kursk-watch\",severity=\"FLASH\"} 2.0")
        .contains("newsstream_alert_latency_seconds_count 1")
        .contains("newsstream_alert_throttle_release_delay_seconds_count 1");
  }

  @Test
  void alerts_raised_before_this_process_started_are_history_and_not_counted() throws Exception {
    var old = alert("a0", "old-rule", Severity.ROUTINE, "Minsk", "art-0");
    old.setDetectionTime(Instant.parse("2020-01-01T00:00:00Z"));

    metrics.alertSeen(old);

    assertThat(web.get("/metrics").body()).doesNotContain("old-rule");
  }

  @Test
  void every_enrichment_is_timed_even_one_that_fails() throws Exception {
    TimedEnricher ok = new TimedEnricher((text, memory) -> new Annotation(
        java.util.List.of(), null, java.util.List.of(), java.util.List.of(), false), metrics.enrichmentTimer(),
        metrics.analysisAheadTimer());
    TimedEnricher failing = new TimedEnricher((text, memory) -> {
      throw new IllegalStateException("model broke");
    }, metrics.enrichmentTimer(),
        metrics.analysisAheadTimer());

    ok.annotate("a", null);
    try {
      failing.annotate("b", null);
    } catch (IllegalStateException expected) {
      // The decorator passes failures on; the paragraph is dead-lettered by the topology.
    }

    assertThat(web.get("/metrics").body()).contains("newsstream_enrichment_seconds_count 2");
  }
}
