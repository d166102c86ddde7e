package org.newsstream.streams;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.newsstream.config.DedupSettings;
import org.newsstream.dedup.ParagraphIds;
import org.newsstream.dedup.ParagraphSightings;
import org.newsstream.schema.ArticleParagraphTimes;
import org.newsstream.schema.EnrichedParagraph;
import org.newsstream.schema.Paragraph;
import org.newsstream.schema.ParagraphTimes;

/**
 * Marks a paragraph whose {@code articleId/index} was seen within the window as a duplicate of
 * itself (an article republished, perhaps edited).
 *
 * <p>The store maps an article id to when each of its paragraphs was seen ({@link
 * ParagraphSightings}): one point read per paragraph, from the cache for all but an article's
 * first. What is forgotten follows the stream's time, as in {@link MarkCopiesProcessor}, so a
 * replay decides the same.
 */
final class RepublishedProcessor
    implements Processor<String, EnrichedParagraph, String, EnrichedParagraph> {
  private final DedupSettings settings;
  private ProcessorContext<String, EnrichedParagraph> context;
  private KeyValueStore<String, ArticleParagraphTimes> seen;

  RepublishedProcessor(DedupSettings settings) {
    this.settings = settings;
  }

  @Override
  public void init(ProcessorContext<String, EnrichedParagraph> context) {
    this.context = context;
    this.seen = DecodedValues.over(context.getStateStore(Deduplication.SEEN_IDS_STORE), 4096);
    context.schedule(Retention.sweepEvery(settings.retention()),
        PunctuationType.WALL_CLOCK_TIME, now -> forgetExpired());
  }

  @Override
  public void process(Record<String, EnrichedParagraph> record) {
    EnrichedParagraph paragraph = record.value();
    if (paragraph.getDuplicateOf() == null) {
      Paragraph text = paragraph.getParagraph();
      ParagraphSightings before = sightings(seen.get(text.getArticleId()));
      ParagraphSightings.Sighting sighting = before.see(text.getIndex(), record.timestamp(),
          settings.window().toMillis(), Retention.oldestKept(context, settings.retention()));
      if (sighting.republished()) {
        paragraph = EnrichedParagraph.newBuilder(paragraph)
            .setDuplicateOf(ParagraphIds.of(paragraph)).build();
      } else if (sighting.after() != before) {
        seen.put(text.getArticleId(), stored(sighting.after()));
      }
    }
    context.forward(record.withValue(paragraph));
  }

  /** Drops the times older than the retention, and the articles left with none. */
  private void forgetExpired() {
    long oldestKept = Retention.oldestKept(context, settings.retention());
    List<KeyValue<String, ParagraphSightings>> changed = new ArrayList<>();
    try (KeyValueIterator<String, ArticleParagraphTimes> all = seen.all()) {
      all.forEachRemaining(kv -> {
        ParagraphSightings before = sightings(kv.value);
        ParagraphSightings after = before.forgetBefore(oldestKept);
        if (after != before) {
          changed.add(KeyValue.pair(kv.key, after));
        }
      });
    }
    for (KeyValue<String, ParagraphSightings> article : changed) {
      if (article.value.isEmpty()) {
        seen.delete(article.key);
      } else {
        seen.put(article.key, stored(article.value));
      }
    }
  }

  private static ParagraphSightings sightings(ArticleParagraphTimes stored) {
    if (stored == null) {
      return ParagraphSightings.none();
    }
    Map<Integer, List<Long>> times = new TreeMap<>();
    for (ParagraphTimes paragraph : stored.getParagraphs()) {
      times.put(paragraph.getIndex(), paragraph.getTimes());
    }
    return ParagraphSightings.of(times);
  }

  private static ArticleParagraphTimes stored(ParagraphSightings sightings) {
    List<ParagraphTimes> paragraphs = new ArrayList<>();
    sightings.times().forEach((index, times) ->
        paragraphs.add(new ParagraphTimes(index, new ArrayList<>(times))));
    return new ArticleParagraphTimes(paragraphs);
  }
}
