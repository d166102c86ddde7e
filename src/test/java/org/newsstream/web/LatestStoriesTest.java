package org.newsstream.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.newsstream.schema.StorySummary;

class LatestStoriesTest {
  private final LatestStories stories = new LatestStories(3);

  @Test
  void a_newer_record_of_a_story_replaces_the_older() {
    stories.put(Stories.live("story:a", 1, "a"));
    stories.put(Stories.live("story:a", 5, "a", "b"));

    assertThat(stories.size()).isEqualTo(1);
    assertThat(stories.get("story:a").orElseThrow().getArticleIds()).containsExactly("a", "b");
    assertThat(stories.live(10)).extracting(StorySummary::getStoryId).containsExactly("story:a");
  }

  @Test
  void live_stories_come_most_recent_last_article_first() {
    stories.put(Stories.live("story:old", 1));
    stories.put(Stories.live("story:new", 9));
    stories.put(Stories.live("story:mid", 5));

    assertThat(stories.live(10)).extracting(StorySummary::getStoryId)
        .containsExactly("story:new", "story:mid", "story:old");
    assertThat(stories.live(2)).extracting(StorySummary::getStoryId)
        .containsExactly("story:new", "story:mid");
  }

  @Test
  void a_story_that_grows_moves_up_the_list() {
    stories.put(Stories.live("story:a", 1));
    stories.put(Stories.live("story:b", 2));
    stories.put(Stories.live("story:a", 3));

    assertThat(stories.live(10)).extracting(StorySummary::getStoryId)
        .containsExactly("story:a", "story:b");
  }

  @Test
  void merged_stories_are_kept_for_lookup_but_not_listed() {
    stories.put(Stories.live("story:a", 1, "a"));
    stories.put(Stories.merged("story:b", "story:a", 2, "b"));

    assertThat(stories.live(10)).extracting(StorySummary::getStoryId).containsExactly("story:a");
    assertThat(stories.get("story:b").orElseThrow().getMergedInto()).isEqualTo("story:a");
  }

  @Test
  void beyond_its_capacity_the_story_with_the_oldest_last_article_goes() {
    stories.put(Stories.live("story:b", 2));
    stories.put(Stories.live("story:a", 1));
    stories.put(Stories.live("story:c", 3));
    stories.put(Stories.live("story:d", 4));

    assertThat(stories.size()).isEqualTo(3);
    assertThat(stories.get("story:a")).isEmpty();
    assertThat(stories.live(10)).extracting(StorySummary::getStoryId)
        .containsExactly("story:d", "story:c", "story:b");
  }

  @Test
  void replacing_a_story_does_not_count_against_the_capacity() {
    for (int minute = 1; minute <= 10; minute++) {
      stories.put(Stories.live("story:a", minute));
    }
    stories.put(Stories.live("story:b", 0));
    stories.put(Stories.live("story:c", 0));

    assertThat(stories.size()).isEqualTo(3);
    assertThat(stories.get("story:a").orElseThrow().getLastSeen()).isEqualTo(Stories.T0.plusSeconds(600));
  }

  @Test
  void a_tombstone_removes_the_story() {
    stories.put(Stories.live("story:a", 1));
    stories.remove("story:a");
    stories.remove("story:never-seen");

    assertThat(stories.get("story:a")).isEmpty();
    assertThat(stories.live(10)).isEmpty();
  }

  @Test
  void a_capacity_below_one_is_refused() {
    assertThatThrownBy(() -> new LatestStories(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
