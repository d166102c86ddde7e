package org.newsstream.streams;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.newsstream.schema.StoryArticleLink;
import org.newsstream.schema.StoryClock;
import org.newsstream.schema.StoryFeatureCount;
import org.newsstream.schema.StoryPostings;
import org.newsstream.schema.StoryState;
import org.newsstream.stories.ArticleStory;
import org.newsstream.stories.FeatureCount;
import org.newsstream.stories.Posting;
import org.newsstream.stories.Story;
import org.newsstream.stories.StoryIndex;

/**
 * {@link StoryIndex} over the Kafka Streams key-value stores of {@link StoryAssignment}: the
 * clusterer's four tables plus one record for stream time and the document count. It stores
 * what it is given and nothing more, as the in-memory index does, so both decide alike.
 */
final class StoreStoryIndex implements StoryIndex {
  static final String CLOCK_KEY = "clock";

  private final KeyValueStore<String, StoryState> stories;
  private final KeyValueStore<String, StoryPostings> postings;
  private final KeyValueStore<String, StoryFeatureCount> frequencies;
  private final KeyValueStore<String, StoryArticleLink> articles;
  private final KeyValueStore<String, StoryClock> clock;

  StoreStoryIndex(KeyValueStore<String, StoryState> stories,
      KeyValueStore<String, StoryPostings> postings,
      KeyValueStore<String, StoryFeatureCount> frequencies,
      KeyValueStore<String, StoryArticleLink> articles, KeyValueStore<String, StoryClock> clock) {
    this.stories = stories;
    this.postings = postings;
    this.frequencies = frequencies;
    this.articles = articles;
    this.clock = clock;
  }

  @Override
  public Story story(String storyId) {
    StoryState state = stories.get(storyId);
    return state == null ? null : StoryRecords.fromRecord(state);
  }

  @Override
  public void putStory(Story story) {
    stories.put(story.id(), StoryRecords.toRecord(story));
  }

  @Override
  public List<Posting> postings(String feature) {
    StoryPostings list = postings.get(feature);
    return list == null ? List.of() : StoryRecords.fromRecord(list);
  }

  @Override
  public void putPostings(String feature, List<Posting> list) {
    if (list.isEmpty()) {
      postings.delete(feature);
    } else {
      postings.put(feature, StoryRecords.toRecord(list));
    }
  }

  @Override
  public FeatureCount documentFrequency(String feature) {
    StoryFeatureCount count = frequencies.get(feature);
    return count == null ? null : StoryRecords.fromRecord(count);
  }

  @Override
  public void putDocumentFrequency(String feature, FeatureCount count) {
    frequencies.put(feature, StoryRecords.toRecord(count));
  }

  @Override
  public long streamTime() {
    return clock().getStreamTime();
  }

  @Override
  public void putStreamTime(long streamTime) {
    clock.put(CLOCK_KEY, StoryClock.newBuilder(clock()).setStreamTime(streamTime).build());
  }

  @Override
  public long documents() {
    return clock().getDocuments();
  }

  @Override
  public void putDocuments(long documents) {
    clock.put(CLOCK_KEY, StoryClock.newBuilder(clock()).setDocuments(documents).build());
  }

  /** The stream time at which expiry last ran; {@code Long.MIN_VALUE} if never. */
  long expiredAt() {
    return clock().getExpiredAt();
  }

  void putExpiredAt(long at) {
    clock.put(CLOCK_KEY, StoryClock.newBuilder(clock()).setExpiredAt(at).build());
  }

  @Override
  public ArticleStory articleStory(String articleId) {
    StoryArticleLink link = articles.get(articleId);
    return link == null ? null : StoryRecords.fromRecord(link);
  }

  @Override
  public void putArticleStory(String articleId, ArticleStory story) {
    articles.put(articleId, StoryRecords.toRecord(story));
  }

  /**
   * Scans every table (the stores are bounded by the story window and vocabulary horizon, and
   * expiry runs once per hour of stream time, so the scan is paid rarely).
   */
  @Override
  public void expire(long storiesBefore, long featuresBefore) {
    deleteWhere(stories, s -> s.getLastSeen() < storiesBefore);
    deleteWhere(articles, a -> a.getPublishedAt() < storiesBefore);
    deleteWhere(frequencies, f -> f.getLastSeen() < featuresBefore);
    List<KeyValue<String, StoryPostings>> rewritten = new ArrayList<>();
    try (KeyValueIterator<String, StoryPostings> all = postings.all()) {
      while (all.hasNext()) {
        KeyValue<String, StoryPostings> entry = all.next();
        List<Posting> live = StoryRecords.fromRecord(entry.value).stream()
            .filter(p -> p.lastSeen() >= storiesBefore).toList();
        if (live.size() != entry.value.getPostings().size()) {
          rewritten.add(KeyValue.pair(entry.key,
              live.isEmpty() ? null : StoryRecords.toRecord(live)));
        }
      }
    }
    rewritten.forEach(kv -> {
      if (kv.value == null) {
        postings.delete(kv.key);
      } else {
        postings.put(kv.key, kv.value);
      }
    });
  }

  private StoryClock clock() {
    StoryClock value = clock.get(CLOCK_KEY);
    return value != null ? value : StoryClock.newBuilder().setStreamTime(Long.MIN_VALUE)
        .setDocuments(0).setExpiredAt(Long.MIN_VALUE).build();
  }

  /** Deletes the entries matching {@code old}, after the scan (a store is not changed under its iterator). */
  static <V> List<String> deleteWhere(KeyValueStore<String, V> store, Predicate<V> old) {
    List<String> keys = new ArrayList<>();
    try (KeyValueIterator<String, V> all = store.all()) {
      while (all.hasNext()) {
        KeyValue<String, V> entry = all.next();
        if (old.test(entry.value)) {
          keys.add(entry.key);
        }
      }
    }
    keys.forEach(store::delete);
    return keys;
  }
}
