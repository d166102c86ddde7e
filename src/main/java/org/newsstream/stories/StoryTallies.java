package org.newsstream.stories;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsstream.common.RecordCopies;
import org.newsstream.schema.Entity;
import org.newsstream.schema.StoryEntity;
import org.newsstream.schema.StorySummary;
import org.newsstream.schema.StoryTally;
import org.newsstream.schema.TalliedEntity;

/**
 * What a {@link StorySummary} shows beyond the clusterer's {@link Story}: sources in the order
 * first seen, entity mentions and the latest article ids, kept per story in a {@link StoryTally}.
 * Pure functions; every list is capped so a story of any size keeps a tally of bounded size.
 */
public final class StoryTallies {
  /** Sources shown on a summary (the schema promises at most 20). */
  public static final int MAX_SOURCES = 20;
  /** Article ids shown on a summary, the latest (the schema promises at most 50). */
  public static final int MAX_ARTICLE_IDS = 50;
  /** Entities counted per story: more than are shown, so the shown ten are nearly exact. */
  public static final int MAX_ENTITIES = 100;
  public static final int TOP_ENTITIES = 10;
  public static final int MAX_HEADLINE = 200;

  private static final Comparator<TalliedEntity> MOST_MENTIONED =
      Comparator.comparing((TalliedEntity e) -> -e.getMentions()).thenComparing(TalliedEntity::getKey);

  private StoryTallies() {}

  public static StoryTally empty(long lastSeen) {
    return StoryTally.newBuilder().setLastSeen(lastSeen).build();
  }

  /** {@code tally} with one more article (its source and id), seen at {@code lastSeen}. */
  public static StoryTally withArticle(StoryTally tally, String articleId, String source,
      long lastSeen) {
    List<String> sources = new ArrayList<>(tally.getSources());
    if (source != null && !sources.contains(source) && sources.size() < MAX_SOURCES) {
      sources.add(source);
    }
    List<String> ids = new ArrayList<>(tally.getArticleIds());
    ids.remove(articleId);
    ids.add(articleId);
    StoryTally seen = RecordCopies.shallow(tally);
    seen.setLastSeen(Math.max(tally.getLastSeen(), lastSeen));
    seen.setSources(sources);
    seen.setArticleIds(latest(ids, MAX_ARTICLE_IDS));
    return seen;
  }

  /** {@code tally} with one more paragraph's entity mentions. */
  public static StoryTally withMentions(StoryTally tally, List<Entity> mentions) {
    Map<String, TalliedEntity> byKey = new HashMap<>();
    tally.getEntities().forEach(e -> byKey.put(e.getKey(), e));
    for (Entity mention : mentions) {
      String key = EntityKeys.key(mention);
      byKey.merge(key, new TalliedEntity(key, blankToNull(mention.getId()), mention.getCanonical(), 1),
          (known, one) -> new TalliedEntity(known.getKey(), known.getId(), known.getCanonical(),
              known.getMentions() + 1));
    }
    StoryTally counted = RecordCopies.shallow(tally);
    counted.setEntities(mostMentioned(byKey.values(), MAX_ENTITIES));
    return counted;
  }

  /** {@code into} with {@code other} counted in: two stories found to be one. */
  public static StoryTally merged(StoryTally into, StoryTally other) {
    List<String> sources = new ArrayList<>(into.getSources());
    other.getSources().stream()
        .filter(s -> !sources.contains(s) && sources.size() < MAX_SOURCES).forEach(sources::add);
    List<String> ids = new ArrayList<>(other.getArticleIds());
    into.getArticleIds().stream().filter(id -> !ids.contains(id)).forEach(ids::add);
    Map<String, TalliedEntity> byKey = new HashMap<>();
    into.getEntities().forEach(e -> byKey.put(e.getKey(), e));
    other.getEntities().forEach(e -> byKey.merge(e.getKey(), e,
        (a, b) -> new TalliedEntity(a.getKey(), a.getId(), a.getCanonical(),
            a.getMentions() + b.getMentions())));
    return StoryTally.newBuilder()
        .setLastSeen(Math.max(into.getLastSeen(), other.getLastSeen()))
        .setSources(sources)
        .setArticleIds(latest(ids, MAX_ARTICLE_IDS))
        .setEntities(mostMentioned(byKey.values(), MAX_ENTITIES))
        .build();
  }

  /**
   * The public record of {@code story}.
   *
   * @param mergedInto the clusterer id of the story it was merged into, or null for a live one
   */
  public static StorySummary summary(Story story, StoryTally tally, String mergedInto) {
    String headline = story.headline();
    if (headline.length() > MAX_HEADLINE) {
      headline = headline.substring(0, MAX_HEADLINE);
    }
    List<StoryEntity> top = tally.getEntities().stream().limit(TOP_ENTITIES)
        .map(e -> new StoryEntity(e.getId(), e.getCanonical(), e.getMentions())).toList();
    return StorySummary.newBuilder()
        .setStoryId(StoryIds.publicId(story.id()))
        .setHeadline(headline)
        .setFirstSeen(java.time.Instant.ofEpochMilli(story.firstSeen()))
        .setLastSeen(java.time.Instant.ofEpochMilli(story.lastSeen()))
        .setArticleCount(story.articleCount())
        .setSourceCount(story.sourceCount())
        .setSources(tally.getSources())
        .setTopEntities(top)
        .setMeanSentiment(story.meanSentiment())
        .setClaims(story.claims())
        .setArticleIds(tally.getArticleIds())
        .setMergedInto(mergedInto == null ? null : StoryIds.publicId(mergedInto))
        .build();
  }

  private static List<TalliedEntity> mostMentioned(java.util.Collection<TalliedEntity> all,
      int cap) {
    List<TalliedEntity> sorted = new ArrayList<>(all);
    sorted.sort(MOST_MENTIONED);
    return sorted.subList(0, Math.min(cap, sorted.size()));
  }

  private static List<String> latest(List<String> ids, int cap) {
    return ids.subList(Math.max(0, ids.size() - cap), ids.size());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
