package org.newsstream.alerting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.newsstream.schema.Alert;
import org.newsstream.schema.Severity;
import org.newsstream.schema.StoryAlertState;

/** One alert per (rule, entity, story), again only as the story escalates; nothing uncounted. */
class StoryAlertsTest {
  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
  /** When the stream saw the matches: months after they were published (a backfill). */
  private static final Instant SEEN = Instant.parse("2026-12-02T14:00:00Z");

  @Test
  void the_first_match_of_a_story_alerts() {
    StoryAlerts.Decision first =
        StoryAlerts.offer(match("a1", 0, "Reuters", Severity.URGENT), null, 5, SEEN);

    assertThat(first.send()).isNotNull();
    assertThat(first.send().getStoryArticles()).isZero();
    assertThat(first.state().getHeldBack()).isZero();
  }

  @Test
  void later_matches_in_the_story_are_held_back_and_counted() {
    StoryAlertState state = StoryAlerts.offer(match("a1", 0, "Reuters", Severity.URGENT), null, 5,
        SEEN).state();
    StoryAlerts.Decision sameArticle =
        StoryAlerts.offer(match("a1", 1, "Reuters", Severity.URGENT), state, 5, SEEN);
    StoryAlerts.Decision otherOutlet = StoryAlerts.offer(match("b2", 0, "AP", Severity.URGENT),
        sameArticle.state(), 5, SEEN);

    assertThat(sameArticle.send()).isNull();
    assertThat(otherOutlet.send()).isNull();
    assertThat(otherOutlet.state().getHeldBack()).isEqualTo(2);
    assertThat(otherOutlet.state().getHeldBackArticles()).isEqualTo(1);
    assertThat(otherOutlet.state().getHeldBackSources()).isEqualTo(1);
  }

  @Test
  void the_story_alerts_again_once_enough_new_sources_carry_it_with_the_counts() {
    StoryAlertState state = StoryAlerts.offer(match("a1", 0, "Reuters", Severity.URGENT), null, 3,
        SEEN).state();
    state = StoryAlerts.offer(match("a1", 1, "Reuters", Severity.URGENT), state, 3, SEEN).state();
    state = StoryAlerts.offer(match("b2", 0, "AP", Severity.URGENT), state, 3, SEEN).state();
    state = StoryAlerts.offer(match("c3", 0, "AFP", Severity.URGENT), state, 3, SEEN).state();
    StoryAlerts.Decision third =
        StoryAlerts.offer(match("d4", 0, "BBC", Severity.URGENT), state, 3, SEEN);

    assertThat(third.send()).as("the third new source").isNotNull();
    assertThat(third.send().getSuppressed()).isEqualTo(3);
    assertThat(third.send().getStoryArticles()).isEqualTo(3);
    assertThat(third.send().getStorySources()).isEqualTo(3);
    assertThat(third.send().getReason()).endsWith(
        "; the story spread: 3 more articles from 3 new sources since the last alert");
    assertThat(third.state().getHeldBack()).as("counting starts afresh").isZero();
    assertThat(StoryAlerts.offer(match("b2", 1, "AP", Severity.URGENT), third.state(), 3, SEEN).send())
        .as("a source already counted is no news").isNull();
  }

  @Test
  void a_more_urgent_match_alerts_again_a_less_urgent_one_does_not() {
    StoryAlertState state = StoryAlerts.offer(match("a1", 0, "Reuters", Severity.URGENT), null, 5,
        SEEN).state();
    StoryAlerts.Decision routine =
        StoryAlerts.offer(match("a1", 1, "Reuters", Severity.ROUTINE), state, 5, SEEN);
    StoryAlerts.Decision flash = StoryAlerts.offer(match("a1", 2, "Reuters", Severity.FLASH),
        routine.state(), 5, SEEN);

    assertThat(routine.send()).isNull();
    assertThat(flash.send()).isNotNull();
    assertThat(flash.send().getSuppressed()).isEqualTo(1);
    assertThat(flash.state().getSeverity()).isEqualTo(Severity.FLASH);
  }

  @Test
  void a_state_remembers_when_the_stream_saw_its_latest_match_not_when_it_was_published() {
    StoryAlertState first = StoryAlerts.offer(match("a1", 0, "Reuters", Severity.URGENT), null,
        5, SEEN).state();
    StoryAlertState later = StoryAlerts.offer(match("b2", 0, "AP", Severity.URGENT), first, 5,
        SEEN.plusSeconds(60)).state();
    StoryAlertState older = StoryAlerts.offer(match("c3", 0, "AFP", Severity.URGENT), later, 5,
        SEEN).state();

    assertThat(first.getLastSeen()).isEqualTo(SEEN);
    assertThat(later.getLastSeen()).isEqualTo(SEEN.plusSeconds(60));
    assertThat(older.getLastSeen()).as("never goes back").isEqualTo(SEEN.plusSeconds(60));
  }

  private static Alert match(String articleId, int index, String source, Severity severity) {
    return Alert.newBuilder().setId(articleId + "/" + index).setRuleId("r").setSeverity(severity)
        .setEntity("Vladimir Putin").setEntityId("wikipedia:Vladimir_Putin")
        .setArticleId(articleId).setParagraphIndex(index).setEvidence("e").setEvidenceStart(0)
        .setEvidenceEnd(1).setReason("Vladimir Putin in a NUMERIC claim")
        .setEventTime(T0.plusSeconds(index)).setDetectionTime(T0).setSource(source)
        .setStoryId("story:a1").build();
  }
}
