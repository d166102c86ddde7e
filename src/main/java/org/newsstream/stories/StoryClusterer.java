package org.newsstream.stories;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Online story clustering: each article joins the live story whose centroid is most like it, if
 * that is at least {@link StorySettings#threshold()} cosine similar, or begins a new story.
 *
 * <p>An article is a TF-IDF vector over its content words (stemmed) and its entity keys, with
 * document frequencies learnt from the stream itself as it goes. Candidates come from an
 * inverted index from features to stories, so the work per article is bounded by the settings,
 * not by the number of live stories: at most {@link StorySettings#lookupFeatures()} postings
 * lists of at most {@link StorySettings#maxPostings()} entries are read, and at most
 * {@link StorySettings#maxCandidates()} stories compared in full. Features in more than
 * {@link StorySettings#maxDocumentShare()} of documents are not indexed: they tell no story apart
 * and their lists would fill with everything.
 *
 * <p>Online clustering fragments: several reports of one event in different words arrive before
 * anything joins them, and each begins a story. An article at least {@link
 * StorySettings#mergeThreshold()} like two or more candidates shows them to be one, and they are
 * merged into the oldest; the others stay in the index as pointers to it.
 *
 * <p>Deterministic: the result depends only on the articles in order and the settings (every
 * iteration is over sorted keys, ties broken by id; no clock is read, time is the articles'
 * {@code publishedAt}). A story's id is its first article's id. Stateless itself; all state is
 * in the {@link StoryIndex} it is given, so one clusterer serves any number of indexes.
 */
public final class StoryClusterer {
  private final StorySettings settings;

  public StoryClusterer(StorySettings settings) {
    this.settings = Objects.requireNonNull(settings);
  }

  public StorySettings settings() {
    return settings;
  }

  /**
   * Puts {@code article} in a story, reading and writing {@code index}: the stream time, the
   * document count, the article's link, the
   * document frequencies of its features, the postings of its indexable features and one story
   * (and, when it merges stories, a pointer for each story merged). An article assigned before
   * keeps its story and changes nothing (later paragraphs, replays).
   */
  public Assignment assign(StoryIndex index, StoryArticle article) {
    // Windows run on stream time, not on each article's own: a late article sees what a timely
    // one would, and what expiry has dropped is exactly what the clusterer no longer reads.
    long now = Math.max(index.streamTime(), article.publishedAt());
    ArticleStory known = index.articleStory(article.articleId());
    if (known != null && isLive(known.publishedAt(), now)) {
      Story story = current(index, known.storyId());
      if (story != null && isLive(story.lastSeen(), now)) {
        return new Assignment(story, false, 0.0, 0, true, List.of());
      }
    }
    index.putStreamTime(now);
    long documents = index.documents() + 1;
    index.putDocuments(documents);
    Map<String, Double> weights = weigh(index, article, documents, now);

    List<String> lookup = lookupFeatures(weights, index, documents);
    Map<String, Double> shared = new HashMap<>();
    for (String feature : lookup) {
      for (Posting posting : live(index.postings(feature), now)) {
        shared.merge(posting.storyId(), weights.get(feature) * posting.weight(), Double::sum);
      }
    }
    List<Map.Entry<String, Double>> candidates = new ArrayList<>(shared.entrySet());
    candidates.sort(Comparator.comparing((Map.Entry<String, Double> e) -> -e.getValue())
        .thenComparing(Map.Entry::getKey));

    Story best = null;
    double bestSimilarity = 0;
    int compared = 0;
    Set<String> seen = new HashSet<>();
    List<Story> alike = new ArrayList<>();
    for (Map.Entry<String, Double> candidate
        : candidates.subList(0, Math.min(settings.maxCandidates(), candidates.size()))) {
      Story story = current(index, candidate.getKey());
      if (story == null || !isLive(story.lastSeen(), now) || !seen.add(story.id())) {
        continue;
      }
      compared++;
      if (shared(weights, story.centroid()) < settings.minShared()) {
        continue;
      }
      double similarity = cosine(weights, story.centroid());
      for (Map<String, Double> member : story.recent()) {
        similarity = Math.max(similarity, cosine(weights, member));
      }
      if (settings.mergeThreshold() > 0 && similarity >= settings.mergeThreshold()) {
        alike.add(story);
      }
      // Strictly better only: candidates come in a fixed order, so ties go the same way each time.
      if (similarity > bestSimilarity) {
        best = story;
        bestSimilarity = similarity;
      }
    }
    List<String> merged = new ArrayList<>();
    if (alike.size() > 1) {
      best = merge(index, alike, now, merged);
    }

    boolean created = best == null || bestSimilarity < settings.threshold();
    Story story = created
        ? Story.start(article, weights, settings) : best.join(article, weights, settings);
    index.putStory(story);
    double length = Math.sqrt(story.centroid().values().stream().mapToDouble(w -> w * w).sum());
    for (String feature : lookup) {
      index.putPostings(feature, withStory(index.postings(feature), feature, story, length, now));
    }
    index.putArticleStory(article.articleId(), new ArticleStory(story.id(),
        article.publishedAt()));
    return new Assignment(story, created, created ? 0.0 : bestSimilarity, compared, false,
        merged);
  }

  /**
   * One story out of several an article was as like as stories' own articles are to them: the
   * beginnings of one story that arrived before anything joined them (a burst of reports on one
   * event in different words). The oldest keeps its id; each other is left as a pointer to it.
   */
  private Story merge(StoryIndex index, List<Story> alike, long now, List<String> merged) {
    List<Story> byAge = new ArrayList<>(alike);
    byAge.sort(Comparator.comparingLong(Story::firstSeen).thenComparing(Story::id));
    Story into = byAge.get(0);
    for (Story other : byAge.subList(1, byAge.size())) {
      into = into.absorb(other, settings);
      index.putStory(other.pointingTo(into.id(), now));
      merged.add(other.id());
    }
    index.putStory(into);
    return into;
  }

  /**
   * The live story {@code storyId} is now: itself, or the one it was merged into (followed for a
   * few hops; chains are short because a merge always goes to the oldest). Null if forgotten.
   */
  public Story current(StoryIndex index, String storyId) {
    Story story = index.story(storyId);
    for (int hop = 0; story != null && story.isMerged() && hop < MAX_HOPS; hop++) {
      story = index.story(story.mergedInto());
    }
    return story == null || story.isMerged() ? null : story;
  }

  private static final int MAX_HOPS = 8;

  /** Counts one more paragraph of an assigned article into its story; null if none is known. */
  public Story addParagraph(StoryIndex index, String articleId, double sentiment, int claims) {
    ArticleStory known = index.articleStory(articleId);
    long now = index.streamTime();
    if (known == null || !isLive(known.publishedAt(), now)) {
      return null;
    }
    Story story = current(index, known.storyId());
    if (story == null || !isLive(story.lastSeen(), now)) {
      return null;
    }
    Story counted = story.withParagraph(sentiment, claims);
    index.putStory(counted);
    return counted;
  }

  /** Frees what is too old to matter at the index's stream time; when is up to the caller. */
  public void expire(StoryIndex index) {
    long now = index.streamTime();
    if (now != Long.MIN_VALUE) {
      index.expire(now - settings.window().toMillis(),
          now - settings.vocabularyHorizon().toMillis());
    }
  }

  /**
   * The article's features, counted into the document frequencies, weighed by TF-IDF and
   * normalised to unit length. Entities count once however often they are mentioned: a name
   * repeated in a headline is style, not more of the story.
   */
  private Map<String, Double> weigh(StoryIndex index, StoryArticle article, long documents,
      long now) {
    Map<String, Double> counts = new TreeMap<>();
    ContentWords.of(article.text()).forEach((stem, n) -> counts.put(Story.WORD + stem, (double) n));
    for (String key : article.entityKeys()) {
      counts.put(Story.ENTITY + key, settings.entityWeight());
    }
    Map<String, Double> weights = new TreeMap<>();
    double norm = 0;
    for (Map.Entry<String, Double> e : counts.entrySet()) {
      FeatureCount before = index.documentFrequency(e.getKey());
      long df = 1 + (before == null || !isKnown(before.lastSeen(), now) ? 0 : before.documents());
      index.putDocumentFrequency(e.getKey(), new FeatureCount(df,
          before == null ? now : Math.max(now, before.lastSeen())));
      double weight = e.getValue() * idf(df, documents);
      if (weight > 0) {
        weights.put(e.getKey(), weight);
        norm += weight * weight;
      }
    }
    double length = Math.sqrt(norm);
    weights.replaceAll((feature, weight) -> weight / length);
    return weights;
  }

  /** Smoothed inverse document frequency; never zero, so a word in every document still counts a little. */
  private static double idf(long df, long documents) {
    return Math.log((1.0 + documents) / (1.0 + df)) + 1.0;
  }

  /** The heaviest indexable features, at most {@link StorySettings#lookupFeatures()}. */
  private List<String> lookupFeatures(Map<String, Double> weights, StoryIndex index,
      long documents) {
    List<Map.Entry<String, Double>> entries = new ArrayList<>(weights.entrySet());
    entries.sort(Comparator.comparing((Map.Entry<String, Double> e) -> -e.getValue())
        .thenComparing(Map.Entry::getKey));
    List<String> features = new ArrayList<>();
    for (Map.Entry<String, Double> e : entries) {
      if (features.size() == settings.lookupFeatures()) {
        break;
      }
      if (documents >= settings.minDocumentsForShare()) {
        FeatureCount count = index.documentFrequency(e.getKey());
        if (count != null && count.documents() > settings.maxDocumentShare() * documents) {
          continue;
        }
      }
      features.add(e.getKey());
    }
    return features;
  }

  private List<Posting> live(List<Posting> postings, long now) {
    return postings.stream().filter(p -> isLive(p.lastSeen(), now)).toList();
  }

  /** The postings with {@code story} first (or moved first), expired ones dropped, capped. */
  private List<Posting> withStory(List<Posting> postings, String feature, Story story,
      double length, long now) {
    List<Posting> next = new ArrayList<>();
    next.add(new Posting(story.id(), story.lastSeen(),
        story.centroid().getOrDefault(feature, 0.0) / length));
    for (Posting p : live(postings, now)) {
      if (!p.storyId().equals(story.id())) {
        next.add(p);
      }
    }
    next.sort(Comparator.comparing((Posting p) -> -p.lastSeen()).thenComparing(Posting::storyId));
    return next.subList(0, Math.min(settings.maxPostings(), next.size()));
  }

  private boolean isLive(long lastSeen, long now) {
    return lastSeen >= now - settings.window().toMillis();
  }

  private boolean isKnown(long lastSeen, long now) {
    return lastSeen >= now - settings.vocabularyHorizon().toMillis();
  }

  private static int shared(Map<String, Double> article, Map<String, Double> centroid) {
    int shared = 0;
    for (String feature : article.keySet()) {
      if (centroid.containsKey(feature)) {
        shared++;
      }
    }
    return shared;
  }

  /** Cosine of a unit vector with any vector. */
  private static double cosine(Map<String, Double> unit, Map<String, Double> other) {
    double dot = 0;
    double norm = 0;
    for (Map.Entry<String, Double> e : other.entrySet()) {
      norm += e.getValue() * e.getValue();
      Double w = unit.get(e.getKey());
      if (w != null) {
        dot += w * e.getValue();
      }
    }
    return norm == 0 ? 0 : dot / Math.sqrt(norm);
  }
}
