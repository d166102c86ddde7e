package org.newsstream.trends;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsstream.common.EntityKeys;
import org.newsstream.dedup.ParagraphIds;
import org.newsstream.schema.ArticleSummary;
import org.newsstream.schema.Claim;
import org.newsstream.schema.EnrichedParagraph;
import org.newsstream.schema.Entity;
import org.newsstream.schema.EntityCount;
import org.newsstream.schema.Paragraph;
import org.newsstream.schema.SpeakerCount;

/** Folds enriched paragraphs into their article's summary. Pure. */
public final class ArticleSummaries {
  private ArticleSummaries() {}

  /** An article's republished paragraph was counted the first time; counting it again would lie. */
  public static boolean counts(EnrichedParagraph enriched) {
    return !ParagraphIds.of(enriched).equals(enriched.getDuplicateOf());
  }

  /** {@code summary} with one more paragraph; {@code summary} may be null for a new article. */
  public static ArticleSummary add(ArticleSummary summary, EnrichedParagraph enriched) {
    Paragraph paragraph = enriched.getParagraph();
    ArticleSummary.Builder next = summary == null
        ? ArticleSummary.newBuilder().setArticleId(paragraph.getArticleId())
        : ArticleSummary.newBuilder(summary);
    int before = summary == null ? 0 : summary.getParagraphs();
    double mean = summary == null ? 0.0 : summary.getMeanSentiment();
    next.setParagraphs(before + 1)
        .setMeanSentiment((mean * before + enriched.getSentiment().getScore()) / (before + 1))
        .setClaims((summary == null ? 0 : summary.getClaims()) + enriched.getClaims().size())
        .setSyndicatedParagraphs((summary == null ? 0 : summary.getSyndicatedParagraphs())
            + (enriched.getDuplicateOf() == null ? 0 : 1))
        .setEntities(merge(summary == null ? List.of() : summary.getEntities(),
            enriched.getEntities()))
        .setSpeakers(speakers(summary == null ? List.of() : summary.getSpeakers(),
            enriched.getClaims()))
        .setUpdatedAt(paragraph.getPublishedAt() != null ? paragraph.getPublishedAt()
            : enriched.getEnrichedAt());
    // Later paragraphs rarely repeat the title or source; keep the first one given.
    if (next.getTitle() == null) {
      next.setTitle(paragraph.getTitle());
    }
    if (next.getSource() == null) {
      next.setSource(paragraph.getSource());
    }
    if (next.getUrl() == null) {
      next.setUrl(paragraph.getUrl());
    }
    // Stories can merge, so the latest paragraph's story is the article's story now.
    if (enriched.getStoryId() != null) {
      next.setStoryId(enriched.getStoryId());
    }
    return next.build();
  }

  private static List<SpeakerCount> speakers(List<SpeakerCount> known, List<Claim> claims) {
    Map<String, Integer> bySource = new LinkedHashMap<>();
    known.forEach(count -> bySource.put(count.getSource(), count.getClaims()));
    for (Claim claim : claims) {
      if (claim.getSource() != null) {
        bySource.merge(claim.getSource(), 1, Integer::sum);
      }
    }
    List<SpeakerCount> sorted = new ArrayList<>();
    bySource.forEach((source, count) -> sorted.add(new SpeakerCount(source, count)));
    sorted.sort(Comparator.comparingInt(SpeakerCount::getClaims).reversed());
    return sorted;
  }

  /**
   * Counts by entity id, so "U.S." and "America" are one entity; the display name and type are
   * the first seen. A count from a summary written before ids (id null) keys by its name.
   */
  private static List<EntityCount> merge(List<EntityCount> known, List<Entity> mentions) {
    Map<String, EntityCount> byKey = new LinkedHashMap<>();
    known.forEach(count -> byKey.put(
        count.getId() != null ? count.getId() : count.getCanonical(), count));
    for (Entity entity : mentions) {
      EntityCount count = byKey.get(EntityKeys.of(entity));
      byKey.put(EntityKeys.of(entity), count == null
          ? new EntityCount(entity.getCanonical(), entity.getType(), 1, entity.getId())
          : new EntityCount(count.getCanonical(), count.getType(), count.getMentions() + 1,
              count.getId()));
    }
    List<EntityCount> sorted = new ArrayList<>(byKey.values());
    sorted.sort(Comparator.comparingInt(EntityCount::getMentions).reversed());
    return sorted;
  }
}
