package org.newsstream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsstream.alerting.RuleFiles;
import org.newsstream.schema.AlertRule;
import org.newsstream.schema.AlertScope;

class BenchRulesTest {

  @Test
  void the_bench_times_every_match_so_its_rules_alert_per_paragraph_without_a_throttle(
      @TempDir Path folder) throws Exception {
    List<AlertRule> shipped = RuleFiles.readDefaults("news.alerts");

    List<AlertRule> timed = RuleFiles.read(
        BenchCommand.shippedRulesForTiming(folder.resolve("rules.yaml")), "news.alerts");

    assertThat(shipped).extracting(AlertRule::getPer).contains(AlertScope.STORY);
    assertThat(timed).extracting(AlertRule::getId)
        .containsExactlyElementsOf(shipped.stream().map(AlertRule::getId).toList());
    assertThat(timed).allSatisfy(rule -> {
      assertThat(rule.getPer()).isEqualTo(AlertScope.PARAGRAPH);
      assertThat(rule.getThrottleSeconds()).isZero();
    });
  }
}
