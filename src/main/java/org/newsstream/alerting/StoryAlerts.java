package org.newsstream.alerting;

import java.util.ArrayList;
import java.util.List;
import org.newsstream.schema.Alert;
import org.newsstream.schema.Severity;
import org.newsstream.schema.StoryAlertState;

/**
 * Alerting per story: at most one alert per (rule, entity, story). Later matches in the same story
 * are held back and counted (matches, articles and sources new to it); the story alerts again
 * only when it escalates: a more urgent severity than alerted so far, or matches from
 * {@code realertAfterSources} sources new to its alerts. The re-alert carries the counts since
 * the previous alert, itself included ({@code storyArticles}, {@code storySources}; {@code
 * suppressed}: the matches held back), so they add up. No clock: the decision depends only on the
 * matches in order, and {@code lastSeen} on the times the caller gives. Pure.
 */
public final class StoryAlerts {
  /** Articles and sources remembered per state; past that every match counts as new. */
  public static final int MAX_REMEMBERED = 200;

  private StoryAlerts() {}

  /** The alert to send now (or null) and the state to keep. */
  public record Decision(Alert send, StoryAlertState state) {}

  /**
   * @param seen when the match was seen, in the time the caller forgets states by (the stream's
   *     record time, not the article's publication time: a backfill of old articles would
   *     otherwise be forgotten as soon as it is seen)
   */
  public static Decision offer(Alert match, StoryAlertState state, int realertAfterSources,
      java.time.Instant seen) {
    String source = match.getSource();
    if (state == null) {
      return new Decision(Alert.newBuilder(match).setStoryArticles(0).setStorySources(0).build(),
          new StoryAlertState(match.getSeverity(), seen,
              remember(List.of(), match.getArticleId()), remember(List.of(), source), 0, 0, 0));
    }
    boolean newArticle = !state.getArticles().contains(match.getArticleId());
    boolean newSource = source != null && !state.getSources().contains(source);
    boolean moreUrgent = urgency(match.getSeverity()) > urgency(state.getSeverity());
    boolean moreSources = newSource
        && state.getHeldBackSources() + 1 >= Math.max(1, realertAfterSources);
    List<String> articles = newArticle
        ? remember(state.getArticles(), match.getArticleId()) : state.getArticles();
    List<String> sources = newSource ? remember(state.getSources(), source) : state.getSources();
    java.time.Instant lastSeen = seen.isAfter(state.getLastSeen()) ? seen : state.getLastSeen();
    if (moreUrgent || moreSources) {
      int newArticles = state.getHeldBackArticles() + (newArticle ? 1 : 0);
      int newSources = state.getHeldBackSources() + (newSource ? 1 : 0);
      Alert send = Alert.newBuilder(match)
          .setSuppressed(state.getHeldBack())
          .setStoryArticles(newArticles)
          .setStorySources(newSources)
          .setReason(match.getReason() + grown(moreUrgent, newArticles, newSources))
          .build();
      Severity severity = moreUrgent ? match.getSeverity() : state.getSeverity();
      return new Decision(send,
          new StoryAlertState(severity, lastSeen, articles, sources, 0, 0, 0));
    }
    return new Decision(null, new StoryAlertState(state.getSeverity(), lastSeen, articles,
        sources, state.getHeldBack() + 1, state.getHeldBackArticles() + (newArticle ? 1 : 0),
        state.getHeldBackSources() + (newSource ? 1 : 0)));
  }

  /** FLASH is the most urgent. */
  private static int urgency(Severity severity) {
    return Severity.values().length - severity.ordinal();
  }

  /** Why it alerts again, with what it counts, e.g. "7 more articles from 5 new sources". */
  private static String grown(boolean moreUrgent, int articles, int sources) {
    return (moreUrgent ? "; the story escalated" : "; the story spread") + ": " + articles
        + " more " + (articles == 1 ? "article" : "articles") + " from " + sources + " new "
        + (sources == 1 ? "source" : "sources") + " since the last alert";
  }

  private static List<String> remember(List<String> known, String value) {
    if (value == null || known.size() >= MAX_REMEMBERED) {
      return known;
    }
    List<String> more = new ArrayList<>(known);
    more.add(value);
    return more;
  }
}
