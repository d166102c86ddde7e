package org.newsstream.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import org.apache.kafka.streams.Topology;
import org.junit.jupiter.api.Test;
import org.newsstream.config.DedupSettings;
import org.newsstream.config.Durations;
import org.newsstream.config.NewsstreamConfig;
import org.newsstream.config.SpikeSettings;
import org.newsstream.config.TopicNames;

/**
 * Every processor, store and internal topic has a name of ours. TopologyTestDriver only logs a
 * missing name, while production ({@code ensure.explicit.internal.resource.naming}) refuses to
 * start, so the check lives here.
 */
class TopologyNamingTest {
  private static final Topics TOPICS = new Topics(TopicNames.defaults());

  @Test
  void noTopologyHasAGeneratedName() {
    List<Topology> topologies = List.of(
        AlertingTopology.build(TOPICS),
        EnrichmentTopology.build(TOPICS, (text, memory) -> {
          throw new UnsupportedOperationException("never called");
        }, 10_000, Clock.systemUTC()),
        TrendsTopology.build(TOPICS, SpikeSettings.defaults()),
        ArticleSummaryTopology.build(TOPICS),
        PipelineTopology.build(TOPICS, (text, memory) -> {
          throw new UnsupportedOperationException("never called");
        }, 10_000, Clock.systemUTC(), DedupSettings.defaults(),
            Durations.parse(NewsstreamConfig.DEFAULT_ARTICLE_MEMORY), SpikeSettings.defaults()));

    assertThat(topologies).allSatisfy(topology -> assertThat(topology.describe().toString())
        .doesNotContain("KSTREAM-", "KTABLE-", "STATE-STORE-"));
  }
}
