package org.newsstream.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsstream.schema.Alert;
import org.newsstream.schema.StorySummary;

/**
 * Alerts grouped under the stories of their articles, as the demo prints them: an alert belongs to
 * the live story its {@code storyId} ends up in (following {@code mergedInto}); an alert without
 * one (a spike, or a record from before stories) to the live story whose {@code articleIds} hold
 * its {@code articleId}. By id first because a summary lists only a story's latest 50 articles. A
 * story merged into another hands its articles on to the one it was merged into, so an article
 * listed only by the merged record still finds its live story.
 */
final class AlertsByStory {
  private AlertsByStory() {}

  /** One live story and its alerts, in arrival order. */
  record StoryAlerts(StorySummary story, List<Alert> alerts) {}

  /**
   * @param stories every live story, in the order they began, each with its alerts
   * @param withoutStory alerts of articles no story lists, in arrival order
   * @param merged how many stories were merged into another
   */
  record Grouping(List<StoryAlerts> stories, List<Alert> withoutStory, int merged) {}

  /**
   * @param records the story topic's records in the order read; a later record of a story id
   *     replaces the earlier, as on the compacted topic
   * @param alerts in arrival order
   */
  static Grouping group(List<StorySummary> records, List<Alert> alerts) {
    Map<String, StorySummary> latest = new LinkedHashMap<>();
    records.forEach(story -> latest.put(story.getStoryId(), story));
    List<StorySummary> live = latest.values().stream().filter(s -> s.getMergedInto() == null)
        .sorted(Comparator.comparing(StorySummary::getFirstSeen).thenComparing(StorySummary::getStoryId))
        .toList();
    Map<String, String> storyOfArticle = new LinkedHashMap<>();
    // A live story's own list decides first; merged records only fill in what it no longer lists.
    live.forEach(story -> story.getArticleIds().forEach(a -> storyOfArticle.putIfAbsent(a, story.getStoryId())));
    for (StorySummary story : latest.values()) {
      String survivor = survivor(story, latest);
      if (story.getMergedInto() != null && survivor != null) {
        story.getArticleIds().forEach(a -> storyOfArticle.putIfAbsent(a, survivor));
      }
    }
    Map<String, List<Alert>> byStory = new LinkedHashMap<>();
    live.forEach(story -> byStory.put(story.getStoryId(), new ArrayList<>()));
    List<Alert> withoutStory = new ArrayList<>();
    for (Alert alert : alerts) {
      String story = alert.getStoryId() == null ? null
          : Optional.ofNullable(latest.get(alert.getStoryId()))
              .map(known -> survivor(known, latest)).orElse(null);
      if (story == null) {
        story = storyOfArticle.get(alert.getArticleId());
      }
      (story == null ? withoutStory : byStory.get(story)).add(alert);
    }
    return new Grouping(
        live.stream().map(s -> new StoryAlerts(s, List.copyOf(byStory.get(s.getStoryId())))).toList(),
        List.copyOf(withoutStory), latest.size() - live.size());
  }

  /** The live story a story ends up in, or null if the chain leads nowhere known (or in a ring). */
  private static String survivor(StorySummary story, Map<String, StorySummary> latest) {
    Set<String> seen = new HashSet<>();
    StorySummary at = story;
    while (at != null && at.getMergedInto() != null) {
      if (!seen.add(at.getStoryId())) {
        return null;
      }
      at = latest.get(at.getMergedInto());
    }
    return at == null ? null : at.getStoryId();
  }
}
