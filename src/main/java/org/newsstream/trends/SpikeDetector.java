package org.newsstream.trends;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsstream.common.AlertIds;
import org.newsstream.common.EntityKeys;
import org.newsstream.config.SpikeSettings;
import org.newsstream.schema.Alert;
import org.newsstream.schema.EntityBaseline;
import org.newsstream.schema.Severity;
import org.newsstream.schema.WindowCount;

/**
 * Compares the mentions of an entity in one closed window with its own baseline: the mean count
 * per window over the baseline horizon before it, taken from the non-overlapping windows (those
 * aligned to the window size) so that each mention counts once. Windows without mentions are
 * never emitted and so count as zero. Pure.
 */
public final class SpikeDetector {
  public static final String RULE_ID = "spike";

  private SpikeDetector() {}

  /** The alert to raise (or null) and the entity's baseline to keep. */
  public record Outcome(Alert alert, EntityBaseline baseline) {}

  /** @param entityKey what mentions are counted by: the entity id, see {@link EntityKeys} */
  public static Outcome observe(String entityKey, long windowStart, long mentions,
      EntityBaseline state, SpikeSettings settings, String alertTopic, Instant now) {
    long size = settings.window().toMillis();
    long horizonStart = windowStart - settings.baselineHorizon().toMillis();
    List<WindowCount> history = new ArrayList<>();
    long sum = 0;
    for (WindowCount past : state == null ? List.<WindowCount>of() : state.getWindows()) {
      long start = past.getStart().toEpochMilli();
      if (start >= horizonStart) {
        history.add(past);
        sum += start < windowStart ? past.getMentions() : 0;
      }
    }
    double baseline = (double) sum / settings.baselineWindows();
    Instant lastSpike = state == null ? null : state.getLastSpikeWindowStart();
    // The hopping windows of one burst overlap; the first of them speaks for the burst.
    boolean sameBurst = lastSpike != null && windowStart < lastSpike.toEpochMilli() + size;
    boolean spike = !sameBurst && mentions >= settings.minMentions()
        && mentions >= settings.factor() * Math.max(baseline, settings.minBaseline());
    if (windowStart % size == 0) {
      history.add(new WindowCount(Instant.ofEpochMilli(windowStart), mentions));
    }
    EntityBaseline next = new EntityBaseline(history,
        spike ? Instant.ofEpochMilli(windowStart) : lastSpike);
    return new Outcome(
        spike ? alert(entityKey, windowStart, mentions, baseline, settings, alertTopic, now) : null,
        next);
  }

  static String reason(String entity, long mentions, long minutes, double baseline) {
    if (baseline < 0.05) {
      return String.format(Locale.ROOT, "%s: %d mentions in %d min, with no mentions before",
          entity, mentions, minutes);
    }
    return String.format(Locale.ROOT, "%s: %d mentions in %d min, %.1f× its baseline %.1f",
        entity, mentions, minutes, mentions / baseline, baseline);
  }

  private static Alert alert(String entityKey, long windowStart, long mentions, double baseline,
      SpikeSettings settings, String alertTopic, Instant now) {
    Instant end = Instant.ofEpochMilli(windowStart).plus(settings.window());
    String entity = EntityKeys.display(entityKey);
    return Alert.newBuilder()
        // A spike belongs to no article; the window start stands in for it in the id. The key,
        // not the display name: two ids may show the same name ("Georgia").
        .setId(AlertIds.of(RULE_ID, "window@" + windowStart, 0, entityKey))
        .setRuleId(RULE_ID)
        .setSeverity(Severity.URGENT)
        .setEntity(entity)
        .setEntityId(EntityKeys.isId(entityKey) ? entityKey : null)
        .setArticleId("")
        .setParagraphIndex(-1)
        .setEvidence(entity)
        .setEvidenceStart(0)
        .setEvidenceEnd(entity.length())
        .setReason(reason(entity, mentions, settings.window().toMinutes(), baseline))
        .setEventTime(end)
        .setDetectionTime(now)
        .setTopic(alertTopic)
        .build();
  }
}
