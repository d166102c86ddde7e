package org.newsstream.streams;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.newsstream.common.RecordCopies;
import org.newsstream.enrichment.linking.CrossArticleSurnames;
import org.newsstream.enrichment.linking.SurnameMemory;
import org.newsstream.schema.EnrichedParagraph;
import org.newsstream.schema.Paragraph;
import org.newsstream.schema.StoryTally;
import org.newsstream.stories.Assignment;
import org.newsstream.stories.EntityKeys;
import org.newsstream.stories.Story;
import org.newsstream.stories.StoryArticle;
import org.newsstream.stories.StoryClusterer;
import org.newsstream.stories.StoryIds;
import org.newsstream.stories.StorySettings;
import org.newsstream.stories.StoryTallies;
import org.newsstream.trends.ArticleSummaries;

/**
 * Puts each paragraph's article in a story with the same {@link StoryClusterer} as {@code
 * annotate} and {@code eval stories}, stamps the paragraph with its story id and sends the
 * story's summary on. Runs in the single task of the {@value StoryAssignment#TOPIC} topic: every
 * decision reads and writes state any article may touch, so they are made in one place, in the
 * committed order of that topic, which is what makes a replay decide the same.
 *
 * <p>Bare surnames are linked first ({@link CrossArticleSurnames}, owners in the {@value
 * StoryAssignment#SURNAMES_STORE} store), for the same reason and with the same guarantee.
 *
 * <p>A story's summary goes out at most once per {@link #SUMMARIES_EVERY}, however many of its
 * paragraphs came meanwhile: the stories due are kept in the {@value
 * StoryAssignment#SUMMARIES_DUE_STORE} store, written in the same transaction as the paragraphs
 * they come from, so one that was due when the application crashed is sent after its restart. One
 * summary per paragraph had been a tenth of the records the pipeline wrote (docs/performance.md,
 * session 13). A merge's and an expiry's records still go out at once, in their order.
 *
 * <p>An article's first paragraph to arrive decides its story (from the title where it has one,
 * else that paragraph's text, and its entities); later ones find it by article id and are counted
 * in. Expiry runs every {@link #EXPIRE_EVERY} of stream time, as in {@code annotate}; when it ran
 * is kept in the state, so the tombstones it sends come at the same points on a replay.
 */
final class StoryAssignProcessor
    implements Processor<String, EnrichedParagraph, String, StoryOutput> {
  static final Duration EXPIRE_EVERY = Duration.ofHours(1);
  static final Duration SUMMARIES_EVERY = PipelineTopology.STORY_SUMMARIES_EVERY;

  private final StoryClusterer clusterer;
  private final Duration surnameMemory;
  private ProcessorContext<String, StoryOutput> context;
  private StoreStoryIndex index;
  private KeyValueStore<String, StoryTally> tallies;
  private KeyValueStore<String, Long> summariesDue;
  private StoreSurnameOwners surnameOwners;
  private SurnameMemory surnames;
  private PromptCommits commits;

  StoryAssignProcessor(StorySettings settings, Duration surnameMemory) {
    this.clusterer = new StoryClusterer(settings);
    this.surnameMemory = surnameMemory;
  }

  @Override
  public void init(ProcessorContext<String, StoryOutput> context) {
    this.context = context;
    // Each paragraph reads its story, article, tally, the clock and its words' postings and
    // counts; kept decoded, since this task is their only writer.
    this.index = new StoreStoryIndex(
        DecodedValues.over(context.getStateStore(StoryAssignment.STORIES_STORE), 4096),
        DecodedValues.over(context.getStateStore(StoryAssignment.POSTINGS_STORE), 16384),
        DecodedValues.over(context.getStateStore(StoryAssignment.FREQUENCIES_STORE), 16384),
        DecodedValues.over(context.getStateStore(StoryAssignment.ARTICLES_STORE), 4096),
        DecodedValues.over(context.getStateStore(StoryAssignment.CLOCK_STORE), 1));
    this.tallies = DecodedValues.over(context.getStateStore(StoryAssignment.TALLIES_STORE), 4096);
    this.surnameOwners = new StoreSurnameOwners(
        context.getStateStore(StoryAssignment.SURNAMES_STORE), surnameMemory);
    this.surnames = new SurnameMemory(surnameMemory, surnameOwners);
    this.summariesDue = context.getStateStore(StoryAssignment.SUMMARIES_DUE_STORE);
    context.schedule(SUMMARIES_EVERY, PunctuationType.WALL_CLOCK_TIME, now -> sendDueSummaries());
    this.commits = PromptCommits.schedule(context);
  }

  @Override
  public void process(Record<String, EnrichedParagraph> record) {
    commits.processed();
    EnrichedParagraph enriched = record.value();
    if (enriched == null) {
      return;
    }
    Paragraph paragraph = enriched.getParagraph();
    String articleId = paragraph.getArticleId();
    long publishedAt = paragraph.getPublishedAt() != null
        ? paragraph.getPublishedAt().toEpochMilli() : record.timestamp();
    enriched = withSurnamesLinked(enriched, publishedAt);
    Assignment assignment = clusterer.assign(index, new StoryArticle(articleId,
        decidingText(paragraph), EntityKeys.of(enriched.getEntities()), publishedAt,
        paragraph.getSource()));
    Story story = assignment.story();
    StoryTally tally = null;
    if (!assignment.alreadyAssigned()) {
      tally = tally(story.id(), publishedAt);
      for (String mergedId : assignment.merged()) {
        tally = absorb(record, tally, mergedId, story.id());
      }
      tally = StoryTallies.withArticle(tally, articleId, paragraph.getSource(), publishedAt);
    }
    if (ArticleSummaries.counts(enriched)) {
      Story counted = clusterer.addParagraph(index, articleId,
          enriched.getSentiment().getScore(), enriched.getClaims().isEmpty() ? 0 : 1);
      story = counted != null ? counted : story;
      tally = StoryTallies.withMentions(
          tally != null ? tally : tally(story.id(), publishedAt), enriched.getEntities());
    }
    if (tally != null) {
      tallies.put(story.id(), tally);
      summariesDue.put(story.id(), record.timestamp());
    }
    EnrichedParagraph withStory = RecordCopies.shallow(enriched);
    withStory.setStoryId(StoryIds.publicId(story.id()));
    context.forward(record.withValue(StoryOutput.paragraph(withStory)));
    expireIfDue(record);
  }

  /** The survivor's tally with a merged story's counted in; the merged one says where it went. */
  private StoryTally absorb(Record<String, EnrichedParagraph> record, StoryTally into,
      String mergedId, String survivorId) {
    StoryTally merged = tallies.get(mergedId);
    Story pointer = index.story(mergedId);
    if (merged == null || pointer == null) {
      return into;
    }
    // The merged story's tally stays until its pointer expires, so that expiry tombstones it.
    tallies.put(mergedId, StoryTally.newBuilder(merged).setLastSeen(pointer.lastSeen()).build());
    // Said at once, and not again by a summary due from before: it now counts in the survivor.
    summariesDue.delete(mergedId);
    forwardSummary(record, pointer, merged, survivorId);
    return StoryTallies.merged(into, merged);
  }

  private void forwardSummary(Record<String, EnrichedParagraph> record, Story story,
      StoryTally tally, String mergedInto) {
    context.forward(record.withKey(StoryIds.publicId(story.id()))
        .withValue(StoryOutput.summary(StoryTallies.summary(story, tally, mergedInto))));
  }

  private void expireIfDue(Record<String, EnrichedParagraph> record) {
    long now = index.streamTime();
    long last = index.expiredAt();
    if (last != Long.MIN_VALUE && now - last < EXPIRE_EVERY.toMillis()) {
      return;
    }
    clusterer.expire(index);
    surnameOwners.expire(now);
    index.putExpiredAt(now);
    long before = now - clusterer.settings().window().toMillis();
    List<String> gone = StoreStoryIndex.deleteWhere(tallies, t -> t.getLastSeen() < before);
    for (String storyId : gone) {
      summariesDue.delete(storyId);
      context.forward(record.withKey(StoryIds.publicId(storyId))
          .withValue(StoryOutput.tombstone()));
    }
  }

  /** Each story due: its summary as it stands, stamped with the time of its latest paragraph. */
  private void sendDueSummaries() {
    List<KeyValue<String, Long>> due = new ArrayList<>();
    try (KeyValueIterator<String, Long> all = summariesDue.all()) {
      all.forEachRemaining(due::add);
    }
    for (KeyValue<String, Long> entry : due) {
      Story story = index.story(entry.key);
      StoryTally tally = tallies.get(entry.key);
      if (story != null && tally != null) {
        context.forward(new Record<>(StoryIds.publicId(story.id()),
            StoryOutput.summary(StoryTallies.summary(story, tally, null)), entry.value));
      }
      summariesDue.delete(entry.key);
    }
  }

  /** Before clustering, so a story also counts "Kovalenko" as the person it stands for. */
  private EnrichedParagraph withSurnamesLinked(EnrichedParagraph enriched, long publishedAt) {
    CrossArticleSurnames.Linked linked = CrossArticleSurnames.apply(enriched.getEntities(),
        enriched.getEntitySentiments(), enriched.getClaims(), surnames,
        Instant.ofEpochMilli(publishedAt));
    if (!linked.changed()) {
      return enriched;
    }
    EnrichedParagraph relinked = RecordCopies.shallow(enriched);
    relinked.setEntities(linked.entities());
    relinked.setEntitySentiments(linked.entitySentiments());
    relinked.setClaims(linked.claims());
    return relinked;
  }

  private StoryTally tally(String storyId, long publishedAt) {
    StoryTally known = tallies.get(storyId);
    return known != null ? known : StoryTallies.empty(publishedAt);
  }

  /** The title decides where there is one, as in {@code annotate}; else the paragraph itself. */
  private static String decidingText(Paragraph paragraph) {
    String title = paragraph.getTitle();
    return title != null && !title.isBlank() ? title : paragraph.getText();
  }
}
