package org.newsstream.streams;

import java.time.Clock;
import java.time.Duration;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.KStream;
import org.newsstream.config.DedupSettings;
import org.newsstream.config.SpikeSettings;
import org.newsstream.enrichment.ParagraphEnricher;
import org.newsstream.schema.EnrichedParagraph;
import org.newsstream.stories.StorySettings;

/**
 * Every concern in one topology, so one Kafka Streams application runs them: enrichment on the
 * article partitions; then, after one hop to a topic of one partition, the cross-article task:
 * copies marked, stories assigned, and alerting and trends on the stamped paragraphs as they go to
 * {@code news.enriched} (no second read of it, no hop of their own); and article summaries from
 * {@code news.enriched}. Its sub-topologies share each stream thread's consumer, producer and
 * transaction: one commit per thread and interval, where four applications needed four.
 *
 * <p>Records per paragraph between the stages: one on the hop (and its copy on {@code
 * news.enriched}); the design this replaced also sent four band probes, four verdicts, three
 * alert candidates and five or so entity mentions, which were most of the broker's work and most
 * of what a restart after a crash had to work through (docs/performance.md). The price: all
 * cross-article work runs on one thread, whatever the number of instances; it is measured there.
 */
public final class PipelineTopology {
  /**
   * How often a story's summary goes to {@code news.stories} at most: readers see a story's
   * counts up to this much after its latest paragraph.
   */
  public static final Duration STORY_SUMMARIES_EVERY = Duration.ofMillis(100);

  private PipelineTopology() {}

  /** @param articleMemory an article's names are forgotten after this long without a paragraph */
  public static Topology build(Topics topics, ParagraphEnricher enricher, int maxParagraphChars,
      Clock clock, DedupSettings dedup, Duration articleMemory, SpikeSettings spikes) {
    return build(topics, enricher, maxParagraphChars, clock, dedup, articleMemory, spikes,
        StorySettings.defaults());
  }

  /**
   * @param stories how articles are clustered into stories
   */
  public static Topology build(Topics topics, ParagraphEnricher enricher, int maxParagraphChars,
      Clock clock, DedupSettings dedup, Duration articleMemory, SpikeSettings spikes,
      StorySettings stories) {
    StreamsBuilder builder = new StreamsBuilder();
    // Alerting, trends and article summaries all see the story-stamped paragraphs.
    KStream<String, EnrichedParagraph> enriched = EnrichmentTopology.addTo(
        builder, topics, enricher, maxParagraphChars, clock, dedup, articleMemory, stories);
    AlertingTopology.addTo(builder, topics, enriched, stories.window());
    TrendsTopology.addTo(builder, topics, spikes, enriched);
    ArticleSummaryTopology.addTo(builder, topics);
    return builder.build();
  }
}
