package org.newsstream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsstream.schema.Alert;
import org.newsstream.schema.Severity;
import org.newsstream.schema.StoryEntity;
import org.newsstream.schema.StorySummary;

class AlertsByStoryTest {
  private static final Instant T0 = Instant.parse("2025-06-01T09:00:00Z");

  @Test
  void an_alert_goes_under_the_story_that_lists_its_article() {
    var grouping = AlertsByStory.group(
        List.of(story("story:a", null, 0, "a-1", "a-2"), story("story:b", null, 5, "b-1")),
        List.of(alert("x1", "a-2"), alert("x2", "b-1"), alert("x3", "a-1")));

    assertThat(grouping.stories()).hasSize(2);
    assertThat(ids(grouping.stories().get(0).alerts())).containsExactly("x1", "x3");
    assertThat(ids(grouping.stories().get(1).alerts())).containsExactly("x2");
    assertThat(grouping.withoutStory()).isEmpty();
  }

  @Test
  void an_alert_with_a_story_id_goes_under_that_story_even_when_its_article_is_no_longer_listed() {
    // A summary lists a story's latest 50 articles: an early article's alert still finds it.
    var grouping = AlertsByStory.group(
        List.of(story("story:a", null, 0, "a-60"), story("story:b", "story:a", 5, "b-1")),
        List.of(Alert.newBuilder(alert("x1", "a-1")).setStoryId("story:a").build(),
            Alert.newBuilder(alert("x2", "b-0")).setStoryId("story:b").build()));

    assertThat(grouping.stories()).singleElement()
        .satisfies(s -> assertThat(ids(s.alerts())).containsExactly("x1", "x2"));
    assertThat(grouping.withoutStory()).isEmpty();
  }

  @Test
  void alerts_of_articles_no_story_lists_are_without_story() {
    var grouping = AlertsByStory.group(List.of(story("story:a", null, 0, "a-1")),
        List.of(alert("x1", "elsewhere"), alert("x2", "a-1")));

    assertThat(ids(grouping.withoutStory())).containsExactly("x1");
  }

  @Test
  void stories_come_in_the_order_they_began_whatever_the_order_read() {
    var grouping = AlertsByStory.group(
        List.of(story("story:late", null, 30), story("story:early", null, 1)), List.of());

    assertThat(grouping.stories()).extracting(s -> s.story().getStoryId())
        .containsExactly("story:early", "story:late");
  }

  @Test
  void a_later_record_of_a_story_replaces_the_earlier() {
    var grouping = AlertsByStory.group(
        List.of(story("story:a", null, 0, "a-1"), story("story:a", null, 0, "a-1", "a-2")),
        List.of(alert("x1", "a-2")));

    assertThat(grouping.stories()).hasSize(1);
    assertThat(ids(grouping.stories().get(0).alerts())).containsExactly("x1");
  }

  @Test
  void a_merged_story_is_not_listed_and_its_articles_alerts_go_to_the_story_it_joined() {
    var grouping = AlertsByStory.group(List.of(
            story("story:a", null, 0, "a-1"),
            story("story:b", "story:a", 2, "b-1"),
            story("story:c", "story:b", 3, "c-1")),
        List.of(alert("x1", "b-1"), alert("x2", "c-1")));

    assertThat(grouping.stories()).extracting(s -> s.story().getStoryId()).containsExactly("story:a");
    assertThat(ids(grouping.stories().get(0).alerts())).containsExactly("x1", "x2");
    assertThat(grouping.merged()).isEqualTo(2);
  }

  @Test
  void a_merge_that_leads_to_no_known_story_leaves_its_alerts_without_story() {
    var grouping = AlertsByStory.group(List.of(
            story("story:b", "story:unknown", 2, "b-1"),
            story("story:x", "story:y", 2, "x-1"), story("story:y", "story:x", 2, "y-1")),
        List.of(alert("x1", "b-1"), alert("x2", "x-1")));

    assertThat(grouping.stories()).isEmpty();
    assertThat(ids(grouping.withoutStory())).containsExactly("x1", "x2");
  }

  @Test
  void with_no_stories_the_demo_says_none_were_published_and_repeats_no_alert() {
    var lines = RecordPrinter.storyLines("news.stories",
        AlertsByStory.group(List.of(), List.of(alert("x1", "a-1"))));

    assertThat(lines).containsExactly("stories: none published on news.stories");
  }

  @Test
  void the_demo_prints_each_story_then_its_alerts_then_those_without_story() {
    var lines = RecordPrinter.storyLines("news.stories", AlertsByStory.group(
        List.of(story("story:a", null, 0, "a-1"), story("story:b", "story:a", 1, "b-1")),
        List.of(alert("x1", "a-1"), alert("x2", "none"))));

    assertThat(lines).containsExactly(
        "stories: 1 on news.stories (and 1 merged into another)",
        "  STORY story:a  Headline of story:a",
        "        1 article, 1 source (Reuters), last seen 2025-06-01T09:00:00Z, 1 alert; North Korea ×3",
        "    ALERT URGENT  rule-1 [North Korea] — North Korea in a NUMERIC claim",
        "  no story: 1 alert",
        "    ALERT URGENT  rule-1 [North Korea] — North Korea in a NUMERIC claim");
  }

  private static StorySummary story(String id, String mergedInto, int minute, String... articleIds) {
    return StorySummary.newBuilder().setStoryId(id).setHeadline("Headline of " + id)
        .setMergedInto(mergedInto)
        .setFirstSeen(T0.plusSeconds(60L * minute)).setLastSeen(T0.plusSeconds(60L * minute))
        .setArticleCount(articleIds.length).setSourceCount(1).setSources(List.of("Reuters"))
        .setTopEntities(List.of(StoryEntity.newBuilder().setId("wikipedia:North_Korea")
            .setCanonical("North Korea").setMentions(3).build()))
        .setArticleIds(List.of(articleIds)).build();
  }

  private static Alert alert(String id, String articleId) {
    return Alert.newBuilder().setId(id).setRuleId("rule-1").setSeverity(Severity.URGENT)
        .setEntity("North Korea").setArticleId(articleId).setParagraphIndex(1)
        .setEvidence("300 soldiers").setEvidenceStart(0).setEvidenceEnd(12)
        .setReason("North Korea in a NUMERIC claim").setEventTime(T0).setDetectionTime(T0).build();
  }

  private static List<String> ids(List<Alert> alerts) {
    return alerts.stream().map(Alert::getId).toList();
  }
}
