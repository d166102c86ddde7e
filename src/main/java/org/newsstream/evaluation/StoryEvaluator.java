package org.newsstream.evaluation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.IntConsumer;
import org.newsstream.enrichment.Annotation;
import org.newsstream.enrichment.ArticleMemory;
import org.newsstream.enrichment.ParagraphEnricher;
import org.newsstream.stories.Assignment;
import org.newsstream.stories.EntityKeys;
import org.newsstream.stories.OfflineStories;
import org.newsstream.stories.Story;
import org.newsstream.stories.StoryArticle;
import org.newsstream.stories.StorySettings;

/**
 * Scores story clustering on labelled headlines: each headline is one article whose only
 * paragraph is the headline, enriched by the production enricher (entities with linked ids),
 * then assigned in publication order by the same {@link OfflineStories} that {@code annotate}
 * runs. Enrichment is done once ({@link #enrich}) so that several clusterer settings can be
 * compared on the same input ({@link #cluster}).
 */
public final class StoryEvaluator {
  private StoryEvaluator() {}

  /** A headline as the clusterer sees it, with its true story and the time enrichment took. */
  public record Enriched(StoryArticle article, String story, double sentiment, int claims,
      long enrichNanos) {}

  /**
   * @param score each headline in the story it was given when it arrived (what its paragraph
   *     record would carry)
   * @param merged each headline in the story that one is part of after the last headline (stories
   *     merged since followed to the one they were merged into: what the story table says)
   * @param made distinct story ids given on arrival
   * @param madeAfterMerges distinct stories after the last headline
   * @param nanosPerArticle mean wall-clock time of one assignment
   * @param maxCompared most candidate stories compared in full for one article
   */
  public record Report(BCubed.Score score, BCubed.Score merged, int headlines, int made,
      int madeAfterMerges, int trueStories, double nanosPerArticle, int maxCompared) {}

  /** Enriches every headline; {@code progress} hears the count done every 250. */
  public static List<Enriched> enrich(ParagraphEnricher enricher,
      List<StoryData.Headline> headlines, IntConsumer progress) {
    List<Enriched> out = new ArrayList<>(headlines.size());
    for (StoryData.Headline h : headlines) {
      long started = System.nanoTime();
      Annotation annotation = enricher.annotate(h.title(), ArticleMemory.empty());
      long nanos = System.nanoTime() - started;
      out.add(new Enriched(new StoryArticle(h.id(), h.title(), EntityKeys.of(annotation.entities()),
          h.timestamp(), h.publisher()), h.story(), annotation.sentiment().getScore(),
          annotation.claims().size(), nanos));
      if (out.size() % 250 == 0) {
        progress.accept(out.size());
      }
    }
    return out;
  }

  public static Report cluster(List<Enriched> headlines, StorySettings settings) {
    OfflineStories stories = new OfflineStories(settings);
    List<String> made = new ArrayList<>(headlines.size());
    List<String> truth = new ArrayList<>(headlines.size());
    long nanos = 0;
    int maxCompared = 0;
    for (Enriched h : headlines) {
      long started = System.nanoTime();
      Assignment assignment = stories.assign(h.article());
      stories.addParagraph(h.article().articleId(), h.sentiment(), h.claims());
      nanos += System.nanoTime() - started;
      maxCompared = Math.max(maxCompared, assignment.compared());
      made.add(assignment.storyId());
      truth.add(h.story());
    }
    List<String> now = new ArrayList<>(made.size());
    for (String id : made) {
      Story current = stories.current(id);
      now.add(current == null ? id : current.id());
    }
    return new Report(BCubed.score(made, truth), BCubed.score(now, truth), headlines.size(),
        new HashSet<>(made).size(), new HashSet<>(now).size(), new HashSet<>(truth).size(),
        headlines.isEmpty() ? 0 : (double) nanos / headlines.size(), maxCompared);
  }

  /** Mean enrichment time per headline, in nanoseconds. */
  public static double enrichNanosPerArticle(List<Enriched> headlines) {
    return headlines.stream().mapToLong(Enriched::enrichNanos).average().orElse(0);
  }
}
