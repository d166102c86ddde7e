package org.newsstream.web.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.kafka.streams.KafkaStreams;
import org.newsstream.schema.Alert;
import org.newsstream.schema.EnrichedParagraph;

/**
 * Newsstream's meters in one Prometheus registry: what flows through the topics (counted from the
 * monitoring consumer), how long enrichment takes, how late alerts are, the Kafka Streams client
 * metrics (made fit for Prometheus by {@link KafkaMeterFilters}), each application's consumer lag
 * ({@code newsstream_consumer_lag_records}) and the JVM. Records written before this process
 * started are history, not traffic, and are not counted.
 */
public final class NewsstreamMetrics implements AutoCloseable {
  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Clock clock;
  private final Instant startedAt;
  private final Counter paragraphsIn;
  private final Counter paragraphsEnriched;
  private final Counter deadLetters;
  private final Timer enrichment;
  private final Timer analysisAhead;
  private final List<AutoCloseable> binders = new ArrayList<>();

  /** @param topicNames the topics the pipeline reads, whose deprecated metric copies are dropped */
  public NewsstreamMetrics(Clock clock, Collection<String> topicNames) {
    this.clock = clock;
    this.startedAt = clock.instant();
    // Filters first: they apply only to meters registered after them.
    registry.config()
        .meterFilter(KafkaMeterFilters.storeTypeInName())
        .meterFilter(KafkaMeterFilters.noUnderscoredTopicCopies(topicNames))
        .meterFilter(KafkaMeterFilters.noLagStatisticsThatAreNanWhenIdle());
    paragraphsIn = Counter.builder("newsstream.paragraphs.in")
        .description("Records read from the input topic, decodable or not").register(registry);
    paragraphsEnriched = Counter.builder("newsstream.paragraphs.enriched")
        .description("Enriched paragraphs written to the enriched topic").register(registry);
    deadLetters = Counter.builder("newsstream.dead.letters")
        .description("Records sent to the dead-letter topic").register(registry);
    enrichment = Timer.builder("newsstream.enrichment")
        .description("Time to enrich one paragraph (NER, sentiment, claims)")
        .publishPercentileHistogram().register(registry);
    analysisAhead = Timer.builder("newsstream.enrichment.ahead")
        .description("Time to analyse one paragraph ahead of its turn, off the stream threads"
            + " (language, sentences, entity labels, sentiment)")
        .publishPercentileHistogram().register(registry);
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    JvmGcMetrics gc = new JvmGcMetrics();
    gc.bindTo(registry);
    binders.add(gc);
  }

  /** Adds a Kafka Streams application's own metrics, tagged {@code app=<name>}. */
  public void bind(String name, KafkaStreams streams) {
    KafkaStreamsMetrics metrics = new KafkaStreamsMetrics(streams, Tags.of("app", name));
    metrics.bindTo(registry);
    binders.add(metrics);
    Gauge.builder("newsstream.consumer.lag", streams, ConsumerLag::largest).tag("app", name)
        .description("Largest current lag, in records, over the partitions the application reads")
        .baseUnit("records").register(registry);
  }

  public void paragraphIn() {
    paragraphsIn.increment();
  }

  public void deadLetter() {
    deadLetters.increment();
  }

  public void enriched(EnrichedParagraph paragraph) {
    if (!paragraph.getEnrichedAt().isBefore(startedAt)) {
      paragraphsEnriched.increment();
    }
  }

  /**
   * Counts the alert by rule and severity, and records its delay from publication to now: as
   * alert latency, or, for a throttle release, as its own delay.
   */
  public void alertSeen(Alert alert) {
    if (alert.getDetectionTime().isBefore(startedAt)) {
      return;
    }
    Counter.builder("newsstream.alerts").description("Alerts raised, by rule and severity")
        .tag("rule", alert.getRuleId()).tag("severity", alert.getSeverity().name())
        .register(registry).increment();
    Duration latency = Duration.between(alert.getEventTime(), clock.instant());
    // A held-back match released when its throttle period ends is late by design: counted with
    // the others it would make the pipeline look ten minutes slow.
    Timer timer = alert.getThrottleRelease()
        ? Timer.builder("newsstream.alert.throttle.release.delay")
            .description("From the paragraph's publication to the throttle releasing its held-back alert")
            .publishPercentileHistogram()
            .minimumExpectedValue(Duration.ofSeconds(1)).maximumExpectedValue(Duration.ofHours(24))
            .register(registry)
        : Timer.builder("newsstream.alert.latency")
            .description("From the paragraph's publication to its alert being seen on the alerts topic")
            .publishPercentileHistogram()
            .minimumExpectedValue(Duration.ofMillis(10)).maximumExpectedValue(Duration.ofMinutes(10))
            .register(registry);
    timer.record(latency.isNegative() ? Duration.ZERO : latency);
  }

  /** The timer a {@link TimedEnricher} records into. */
  public Timer analysisAheadTimer() {
    return analysisAhead;
  }

  public Timer enrichmentTimer() {
    return enrichment;
  }

  /** Every meter in the Prometheus text format. */
  public String scrape() {
    return registry.scrape();
  }

  @Override
  public void close() {
    for (AutoCloseable binder : binders) {
      try {
        binder.close();
      } catch (Exception e) {
        // Closing a binder only unregisters listeners; nothing to recover.
      }
    }
    registry.close();
  }
}
