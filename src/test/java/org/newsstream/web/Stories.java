package org.newsstream.web;

import java.time.Instant;
import java.util.List;
import org.newsstream.schema.StoryEntity;
import org.newsstream.schema.StorySummary;

/** StorySummary records as the stream side publishes them on news.stories, for tests. */
final class Stories {
  static final Instant T0 = Instant.parse("2025-06-01T09:00:00Z");

  private Stories() {}

  /** A live story whose last article came {@code minutesAfterT0} after {@link #T0}. */
  static StorySummary live(String id, int minutesAfterT0, String... articleIds) {
    return story(id, null, minutesAfterT0, articleIds);
  }

  static StorySummary merged(String id, String into, int minutesAfterT0, String... articleIds) {
    return story(id, into, minutesAfterT0, articleIds);
  }

  private static StorySummary story(String id, String mergedInto, int minutesAfterT0,
      String... articleIds) {
    return StorySummary.newBuilder().setMergedInto(mergedInto)
        .setStoryId(id).setHeadline("Headline of " + id)
        .setFirstSeen(T0).setLastSeen(T0.plusSeconds(60L * minutesAfterT0))
        .setArticleCount(articleIds.length).setSourceCount(1).setSources(List.of("Reuters"))
        .setTopEntities(List.of(StoryEntity.newBuilder().setId("wikipedia:North_Korea")
            .setCanonical("North Korea").setMentions(3).build()))
        .setArticleIds(List.of(articleIds)).build();
  }
}
