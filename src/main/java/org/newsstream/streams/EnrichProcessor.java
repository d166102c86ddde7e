package org.newsstream.streams;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;
import org.newsstream.enrichment.Annotation;
import org.newsstream.enrichment.ArticleMemory;
import org.newsstream.enrichment.ParagraphEnricher;
import org.newsstream.ingest.ParagraphIntake;
import org.newsstream.schema.ArticleState;
import org.newsstream.schema.EnrichedParagraph;
import org.newsstream.schema.Paragraph;

/**
 * Reads raw paragraph records and enriches the good ones with the article's memory. Every record
 * yields exactly one output: an {@link EnrichedParagraph} or a dead letter, told apart downstream.
 */
final class EnrichProcessor implements Processor<byte[], byte[], String, SpecificRecord> {
  private final ParagraphIntake intake;
  private final ParagraphEnricher enricher;
  private final Clock clock;
  private final Duration memoryRetention;
  private ProcessorContext<String, SpecificRecord> context;
  private KeyValueStore<String, ArticleState> articles;
  private PromptCommits commits;

  /** @param memoryRetention an article's memory is dropped after this long without a paragraph */
  EnrichProcessor(
      ParagraphIntake intake, ParagraphEnricher enricher, Clock clock, Duration memoryRetention) {
    this.intake = intake;
    this.enricher = enricher;
    this.clock = clock;
    this.memoryRetention = memoryRetention;
  }

  @Override
  public void init(ProcessorContext<String, SpecificRecord> context) {
    this.context = context;
    this.articles = DecodedValues.over(context.getStateStore(EnrichmentTopology.ARTICLE_STORE),
        4096);
    // Without this the store would grow with every article ever published.
    context.schedule(Retention.sweepEvery(memoryRetention),
        PunctuationType.WALL_CLOCK_TIME, this::forgetIdleArticles);    this.commits = PromptCommits.schedule(context);
  }

  private void forgetIdleArticles(long wallClockMs) {
    Instant cutoff = Instant.ofEpochMilli(wallClockMs).minus(memoryRetention);
    List<String> idle = new ArrayList<>();
    try (KeyValueIterator<String, ArticleState> all = articles.all()) {
      all.forEachRemaining(kv -> {
        if (kv.value.getLastSeenAt().isBefore(cutoff)) {
          idle.add(kv.key);
        }
      });
    }
    idle.forEach(articles::delete);
  }

  @Override
  public void process(Record<byte[], byte[]> record) {
    commits.processed();
    ParagraphIntake.Outcome outcome = intake.read(record.value());
    if (!outcome.accepted()) {
      deadLetter(record, outcome.rejection(), outcome.cause());
      return;
    }
    Paragraph paragraph = outcome.paragraph();
    String articleId = paragraph.getArticleId();
    ArticleState state = articles.get(articleId);
    ArticleMemory memory = state == null ? ArticleMemory.empty() : ArticleMemory.of(state);
    Annotation annotation;
    try {
      annotation = enricher.annotate(paragraph.getText(), memory);
    } catch (RuntimeException e) {
      deadLetter(record, "enrichment failed", e);
      return;
    }
    articles.put(articleId, memory.writeTo(ArticleState.newBuilder())
        .setArticleId(articleId)
        .setParagraphs(state == null ? 1 : state.getParagraphs() + 1)
        .setLastSeenAt(Instant.ofEpochMilli(context.currentSystemTimeMs()))
        .build());
    paragraph.setLanguage(annotation.language());
    EnrichedParagraph enriched = EnrichedParagraph.newBuilder()
        .setParagraph(paragraph)
        .setNotAnnotated(annotation.notAnnotated())
        .setEntities(annotation.entities())
        .setSentiment(annotation.sentiment())
        .setEntitySentiments(annotation.entitySentiments())
        .setClaims(annotation.claims())
        .setTruncated(annotation.truncated())
        .setEnrichedAt(clock.instant())
        .build();
    context.forward(new Record<String, SpecificRecord>(articleId, enriched, record.timestamp()));
  }

  private void deadLetter(Record<byte[], byte[]> record, String reason, Throwable cause) {
    RecordMetadata current = context.recordMetadata().orElse(null);
    Optional<RecordMetadata> stamped = ParagraphOrigin.of(current, record.headers());
    // A re-keyed record is dead-lettered as it was on its source topic, so a replay re-sends that.
    byte[] originalKey = stamped.isPresent() ? ParagraphOrigin.key(record.headers()) : record.key();
    String key = DeadLetters.keyOf(originalKey);
    context.forward(
        new Record<String, SpecificRecord>(key,
            DeadLetters.of(stamped.orElse(current), originalKey, record.value(),
                reason, cause, clock.instant()),
            record.timestamp()));
  }
}
