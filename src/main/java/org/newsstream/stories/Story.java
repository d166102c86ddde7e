package org.newsstream.stories;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One story as the clusterer keeps it: the summary a desk reads (headline, first and last seen,
 * articles, sources, top entities, sentiment, claims) and the centroid articles are compared
 * with. Immutable; every change returns a new value, which is what a key-value store wants.
 * Bounded: the centroid keeps its heaviest features and at most so many sources are remembered.
 *
 * @param headline the first article's text (its title, where the caller had one)
 * @param sources distinct sources, at most {@link StorySettings#maxSources()}
 * @param centroid feature → summed TF-IDF weight of the story's articles, as weighed when each
 *     joined ({@code w:} words, {@code e:} entity keys)
 * @param recent the weighted features of the latest articles, newest first, at most {@link
 *     StorySettings#recentArticles()}: a story drifts, and its newest articles say what it is
 *     about now better than the sum of all of them
 * @param paragraphs paragraphs counted into {@code sentimentSum} and {@code claims}
 * @param mergedInto null for a live story; for a story merged into another, that one's id (the
 *     entry stays, without its centroid, so that postings and article links still lead somewhere)
 */
public record Story(String id, String headline, long firstSeen, long lastSeen, int articleCount,
    SortedSet<String> sources, SortedMap<String, Double> centroid,
    List<SortedMap<String, Double>> recent, int paragraphs, double sentimentSum, int claims,
    String mergedInto) {

  static final String WORD = "w:";
  static final String ENTITY = "e:";

  public Story {
    Objects.requireNonNull(id, "id");
    sources = Collections.unmodifiableSortedSet(new TreeSet<>(sources));
    centroid = Collections.unmodifiableSortedMap(new TreeMap<>(centroid));
    recent = recent.stream().map(r -> Collections.unmodifiableSortedMap(new TreeMap<>(r)))
        .toList();
  }

  /** A story begun by one article with these weighted features. */
  static Story start(StoryArticle article, Map<String, Double> weights, StorySettings settings) {
    TreeSet<String> sources = new TreeSet<>();
    if (article.source() != null) {
      sources.add(article.source());
    }
    return new Story(article.articleId(), article.text(), article.publishedAt(),
        article.publishedAt(), 1, sources, capped(weights, settings.centroidSize()),
        recent(List.of(), weights, settings), 0, 0.0, 0, null);
  }

  /** This story with one more article. */
  Story join(StoryArticle article, Map<String, Double> weights, StorySettings settings) {
    TreeSet<String> more = new TreeSet<>(sources);
    if (article.source() != null && more.size() < settings.maxSources()) {
      more.add(article.source());
    }
    SortedMap<String, Double> next = centroid;
    if (settings.growCentroid()) {
      TreeMap<String, Double> sum = new TreeMap<>(centroid);
      weights.forEach((feature, weight) -> sum.merge(feature, weight, Double::sum));
      next = capped(sum, settings.centroidSize());
    }
    return new Story(id, headline, Math.min(firstSeen, article.publishedAt()),
        Math.max(lastSeen, article.publishedAt()), articleCount + 1, more, next,
        recent(recent, weights, settings), paragraphs, sentimentSum, claims, null);
  }

  /** This story with one more paragraph's sentiment and claims counted. */
  public Story withParagraph(double sentiment, int claimCount) {
    return new Story(id, headline, firstSeen, lastSeen, articleCount, sources, centroid, recent,
        paragraphs + 1, sentimentSum + sentiment, claims + claimCount, mergedInto);
  }

  /**
   * This story with {@code other} merged in: the two turned out to be one (an article was as like
   * both as a story's own articles are). This story's id and headline stay.
   */
  Story absorb(Story other, StorySettings settings) {
    TreeMap<String, Double> sum = new TreeMap<>(centroid);
    other.centroid.forEach((feature, weight) -> sum.merge(feature, weight, Double::sum));
    TreeSet<String> both = new TreeSet<>(sources);
    other.sources.stream().filter(s -> both.size() < settings.maxSources()).forEach(both::add);
    List<SortedMap<String, Double>> latest = new ArrayList<>(recent);
    latest.addAll(other.recent);
    return new Story(id, headline, Math.min(firstSeen, other.firstSeen),
        Math.max(lastSeen, other.lastSeen), articleCount + other.articleCount, both,
        capped(sum, settings.centroidSize()),
        latest.subList(0, Math.min(settings.recentArticles(), latest.size())),
        paragraphs + other.paragraphs, sentimentSum + other.sentimentSum, claims + other.claims,
        null);
  }

  /** What is left of this story once merged into {@code target} at {@code at}. */
  Story pointingTo(String target, long at) {
    return new Story(id, headline, firstSeen, Math.max(lastSeen, at), articleCount, sources,
        new TreeMap<>(), List.of(), paragraphs, sentimentSum, claims, target);
  }

  public boolean isMerged() {
    return mergedInto != null;
  }

  public int sourceCount() {
    return sources.size();
  }

  /** Mean paragraph sentiment, in [-1, 1]; 0 before any paragraph was counted. */
  public double meanSentiment() {
    return paragraphs == 0 ? 0.0 : sentimentSum / paragraphs;
  }

  /** The entity keys with the most weight in the story, heaviest first, at most {@code limit}. */
  public List<String> topEntities(int limit) {
    List<Map.Entry<String, Double>> entities = new ArrayList<>();
    centroid.entrySet().stream().filter(e -> e.getKey().startsWith(ENTITY))
        .forEach(entities::add);
    entities.sort(HEAVIEST_FIRST);
    return entities.stream().limit(limit).map(e -> e.getKey().substring(ENTITY.length())).toList();
  }

  private static final Comparator<Map.Entry<String, Double>> HEAVIEST_FIRST =
      Comparator.comparing((Map.Entry<String, Double> e) -> -e.getValue())
          .thenComparing(Map.Entry::getKey);

  private static List<SortedMap<String, Double>> recent(List<SortedMap<String, Double>> before,
      Map<String, Double> weights, StorySettings settings) {
    if (settings.recentArticles() == 0) {
      return List.of();
    }
    List<SortedMap<String, Double>> next = new ArrayList<>();
    next.add(capped(weights, settings.lookupFeatures()));
    before.stream().limit(settings.recentArticles() - 1).forEach(next::add);
    return next;
  }

  /** The heaviest {@code size} features; ties by name, so the result does not depend on order. */
  private static SortedMap<String, Double> capped(Map<String, Double> weights, int size) {
    if (weights.size() <= size) {
      return new TreeMap<>(weights);
    }
    List<Map.Entry<String, Double>> entries = new ArrayList<>(weights.entrySet());
    entries.sort(HEAVIEST_FIRST);
    TreeMap<String, Double> kept = new TreeMap<>();
    entries.stream().limit(size).forEach(e -> kept.put(e.getKey(), e.getValue()));
    return kept;
  }
}
