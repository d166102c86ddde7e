package org.newsstream.streams;

import java.time.Clock;
import java.time.Duration;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.KStream;
import org.newsstream.config.DedupSettings;
import org.newsstream.config.NewsstreamConfig;
import org.newsstream.config.SpikeSettings;
import org.newsstream.enrichment.ParagraphEnricher;
import org.newsstream.schema.EnrichedParagraph;
import org.newsstream.stories.StorySettings;

/**
 * Every concern in one topology, so one Kafka Streams application runs them: enrichment with
 * duplicate marking and story assignment, then alerting and trends on the enriched stream as it leaves enrichment (no
 * second read of {@code news.enriched}), and article summaries from {@code news.enriched}. Its
 * sub-topologies share each stream thread's consumer, producer and transaction: one commit per
 * thread and interval, where four applications needed four.
 */
public final class PipelineTopology {
  private PipelineTopology() {}

  /** @param articleMemory an article's names are forgotten after this long without a paragraph */
  public static Topology build(Topics topics, ParagraphEnricher enricher, int maxParagraphChars,
      Clock clock, DedupSettings dedup, Duration articleMemory, SpikeSettings spikes) {
    return build(topics, enricher, maxParagraphChars, clock, dedup, articleMemory, spikes,
        StorySettings.defaults(), NewsstreamConfig.DEFAULT_PARTITIONS);
  }

  /**
   * @param stories how articles are clustered into stories
   * @param partitions partitions of the repartition topics after story assignment (alert
   *     candidates, entity mentions); without it they would take the one partition of the
   *     story stage's topic and put all alerting and trends on one task
   */
  public static Topology build(Topics topics, ParagraphEnricher enricher, int maxParagraphChars,
      Clock clock, DedupSettings dedup, Duration articleMemory, SpikeSettings spikes,
      StorySettings stories, int partitions) {
    StreamsBuilder builder = new StreamsBuilder();
    // Alerting, trends and article summaries all see the story-stamped paragraphs.
    KStream<String, EnrichedParagraph> enriched = EnrichmentTopology.addTo(
        builder, topics, enricher, maxParagraphChars, clock, dedup, articleMemory, stories);
    AlertingTopology.addTo(builder, topics, enriched, stories.window(), partitions);
    TrendsTopology.addTo(builder, topics, spikes, enriched, partitions);
    ArticleSummaryTopology.addTo(builder, topics);
    return builder.build();
  }
}
