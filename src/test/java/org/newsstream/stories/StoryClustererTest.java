package org.newsstream.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryClustererTest {
  private static final long T0 = 1_394_470_370_698L;
  private static final long MINUTE = 60_000;

  private final StoryClusterer clusterer = new StoryClusterer(StorySettings.defaults());
  private final InMemoryStoryIndex index = new InMemoryStoryIndex();

  /** Other news of the day, so that document frequencies tell common words from rare ones. */
  private void background() {
    String[] headlines = {
        "Stocks fall as weak China data weighs on markets",
        "Fed official says weather caused weak jobs data",
        "Twitter says software glitch caused outage",
        "Colorado collects $2 million in marijuana taxes",
        "Taylor Swift tops Billboard list of top earners",
        "GM names investigator to lead ignition recall probe",
        "Snowden tells festival he has no regrets",
        "Oil prices rise on Ukraine worries"};
    for (int i = 0; i < headlines.length; i++) {
      clusterer.assign(index, article("bg" + i, headlines[i], List.of(), T0 + i * MINUTE));
    }
  }

  private static StoryArticle article(String id, String text, List<String> entities, long at) {
    return new StoryArticle(id, text, entities, at, "source-of-" + id);
  }

  @Test
  void twoDifferentlyWordedHeadlinesAboutOneEventJoinOneStory() {
    background();
    Assignment first = clusterer.assign(index, article("a1",
        "Men's Wearhouse agrees to buy Jos. A. Bank for $1.8 billion",
        List.of("wikipedia:Men's_Wearhouse", "wikipedia:Jos._A._Bank_Clothiers"), T0 + 60 * MINUTE));
    Assignment second = clusterer.assign(index, article("a2",
        "Jos. A. Bank sold to rival Men's Wearhouse after months of talks",
        List.of("wikipedia:Jos._A._Bank_Clothiers", "wikipedia:Men's_Wearhouse"), T0 + 75 * MINUTE));

    assertThat(first.created()).isTrue();
    assertThat(second.created()).isFalse();
    assertThat(second.storyId()).isEqualTo(first.storyId()).isEqualTo("a1");
    assertThat(second.similarity()).isGreaterThanOrEqualTo(StorySettings.defaults().threshold());
  }

  @Test
  void anUnrelatedHeadlineStartsANewStory() {
    background();
    Assignment deal = clusterer.assign(index, article("a1",
        "Men's Wearhouse agrees to buy Jos. A. Bank for $1.8 billion",
        List.of("wikipedia:Men's_Wearhouse", "wikipedia:Jos._A._Bank_Clothiers"), T0 + 60 * MINUTE));
    Assignment other = clusterer.assign(index, article("b1",
        "Beyonce joins campaign to ban the word bossy", List.of("wikipedia:Beyoncé"),
        T0 + 61 * MINUTE));

    assertThat(other.created()).isTrue();
    assertThat(other.storyId()).isEqualTo("b1").isNotEqualTo(deal.storyId());
  }

  @Test
  void aStoryTakesNoArticleOnceTheWindowSinceItsLastArticleHasPassed() {
    StoryClusterer oneDay = new StoryClusterer(StorySettings.defaults().withWindow(Duration.ofDays(1)));
    String text = "Colorado collects $2 million in recreational marijuana taxes";
    long day = Duration.ofDays(1).toMillis();
    oneDay.assign(index, article("a1", text, List.of("wikipedia:Colorado"), T0));
    Assignment withinWindow = oneDay.assign(index, article("a2", text,
        List.of("wikipedia:Colorado"), T0 + day));
    // The window runs from the story's last article (a2), not its first.
    Assignment stillWithin = oneDay.assign(index, article("a3", text,
        List.of("wikipedia:Colorado"), T0 + 2 * day));
    Assignment afterWindow = oneDay.assign(index, article("a4", text,
        List.of("wikipedia:Colorado"), T0 + 3 * day + 1));

    assertThat(withinWindow.storyId()).isEqualTo("a1");
    assertThat(stillWithin.storyId()).isEqualTo("a1");
    assertThat(afterWindow.created()).isTrue();
    assertThat(afterWindow.storyId()).isEqualTo("a4");
  }

  @Test
  void expiryFreesTheStateOfStoriesPastTheWindowAndChangesNoResult() {
    List<StoryArticle> stream = syntheticStream(60);
    InMemoryStoryIndex expired = new InMemoryStoryIndex();
    InMemoryStoryIndex kept = new InMemoryStoryIndex();
    List<String> withExpiry = new ArrayList<>();
    List<String> without = new ArrayList<>();
    for (StoryArticle a : stream) {
      clusterer.expire(expired);
      withExpiry.add(clusterer.assign(expired, a).storyId());
      without.add(clusterer.assign(kept, a).storyId());
    }

    assertThat(withExpiry).isEqualTo(without);
    assertThat(expired.storiesHeld()).isLessThan(kept.storiesHeld());
    assertThat(expired.featuresIndexed()).isLessThan(kept.featuresIndexed());
  }

  @Test
  void anArticleAsLikeTwoStoriesAsTheirOwnArticlesMergesThemIntoTheOlder() {
    background();
    Assignment volcano = clusterer.assign(index, article("v1", "Volcano erupts in Iceland",
        List.of("wikipedia:Iceland"), T0 + 60 * MINUTE));
    Assignment flights = clusterer.assign(index, article("f1",
        "Airlines cancel flights across Europe", List.of("wikipedia:Europe"), T0 + 61 * MINUTE));
    Assignment bridge = clusterer.assign(index, article("b1",
        "Iceland volcano makes airlines cancel flights across Europe",
        List.of("wikipedia:Iceland", "wikipedia:Europe"), T0 + 62 * MINUTE));

    assertThat(flights.storyId()).as("nothing in common yet").isNotEqualTo(volcano.storyId());
    assertThat(bridge.storyId()).isEqualTo("v1");
    assertThat(bridge.merged()).containsExactly("f1");
    assertThat(bridge.story().articleCount()).isEqualTo(3);
    assertThat(clusterer.current(index, "f1").id()).isEqualTo("v1");
    assertThat(index.story("f1").mergedInto()).isEqualTo("v1");
    // The merged story's articles count into the story it is part of now.
    assertThat(clusterer.addParagraph(index, "f1", 0.4, 1).id()).isEqualTo("v1");
    Assignment later = clusterer.assign(index, article("f2", "More airlines cancel flights",
        List.of(), T0 + 63 * MINUTE));
    assertThat(later.storyId()).isEqualTo("v1");
  }

  @Test
  void withoutMergingTheTwoStoriesStayApart() {
    StoryClusterer never = new StoryClusterer(StorySettings.defaults().withMergeThreshold(0));
    never.assign(index, article("v1", "Volcano erupts in Iceland", List.of("wikipedia:Iceland"), T0));
    never.assign(index, article("f1", "Airlines cancel flights across Europe",
        List.of("wikipedia:Europe"), T0 + MINUTE));
    Assignment bridge = never.assign(index, article("b1",
        "Iceland volcano makes airlines cancel flights across Europe",
        List.of("wikipedia:Iceland", "wikipedia:Europe"), T0 + 2 * MINUTE));

    assertThat(bridge.merged()).isEmpty();
    assertThat(never.current(index, "f1").id()).isEqualTo("f1");
  }

  @Test
  void aLateArticleSeesTheStoriesThatAreLiveAtStreamTimeWhetherOrNotExpiryRan() {
    String text = "Colorado collects $2 million in recreational marijuana taxes";
    long day = Duration.ofDays(1).toMillis();
    InMemoryStoryIndex expired = new InMemoryStoryIndex();
    List<StoryArticle> stream = List.of(
        article("a1", text, List.of("wikipedia:Colorado"), T0),
        article("x1", "Volcano erupts in Iceland", List.of("wikipedia:Iceland"), T0 + 4 * day),
        // Published an hour after a1 but arriving after x1: a1's story ended 3 days before
        // stream time.
        article("a2", text, List.of("wikipedia:Colorado"), T0 + 3_600_000));
    List<String> withExpiry = new ArrayList<>();
    List<String> without = new ArrayList<>();
    for (StoryArticle a : stream) {
      withExpiry.add(clusterer.assign(expired, a).storyId());
      clusterer.expire(expired);
      without.add(clusterer.assign(index, a).storyId());
    }

    assertThat(without).containsExactly("a1", "x1", "a2");
    assertThat(withExpiry).isEqualTo(without);
  }

  @Test
  void theSameArticlesInTheSameOrderGiveTheSameStoryIds() {
    List<StoryArticle> stream = syntheticStream(40);
    List<String> first = new ArrayList<>();
    List<String> second = new ArrayList<>();
    InMemoryStoryIndex one = new InMemoryStoryIndex();
    InMemoryStoryIndex two = new InMemoryStoryIndex();
    for (StoryArticle a : stream) {
      first.add(new StoryClusterer(StorySettings.defaults()).assign(one, a).storyId());
    }
    for (StoryArticle a : stream) {
      second.add(clusterer.assign(two, a).storyId());
    }

    assertThat(second).isEqualTo(first);
    assertThat(new java.util.HashSet<>(first)).as("one story per topic").hasSize(10);
    // Every story is named after its first article.
    for (int i = 0; i < stream.size(); i++) {
      assertThat(stream.subList(0, i + 1).stream().map(StoryArticle::articleId))
          .contains(first.get(i));
    }
  }

  @Test
  void anArticleAssignedBeforeKeepsItsStoryAndChangesNothing() {
    background();
    StoryArticle deal = article("a1", "Men's Wearhouse agrees to buy Jos. A. Bank",
        List.of("wikipedia:Men's_Wearhouse"), T0 + 60 * MINUTE);
    Assignment first = clusterer.assign(index, deal);
    long documents = index.documents();

    Assignment replay = clusterer.assign(index, deal);

    assertThat(replay.alreadyAssigned()).isTrue();
    assertThat(replay.storyId()).isEqualTo(first.storyId());
    assertThat(replay.story().articleCount()).isEqualTo(1);
    assertThat(index.documents()).isEqualTo(documents);
  }

  @Test
  void candidateLookupIsBoundedHoweverManyStoriesShareAWord() {
    StorySettings settings = StorySettings.defaults();
    // 500 live stories, every one using "storm" among a dozen words of its own: the postings
    // list of "storm" stays capped, and no article is compared in full with more than
    // maxCandidates stories.
    int maxCompared = 0;
    for (int i = 0; i < 500; i++) {
      StringBuilder text = new StringBuilder("Storm");
      for (int k = 0; k < 12; k++) {
        text.append(' ').append(word(i, k));
      }
      Assignment a = clusterer.assign(index, article("s" + i, text.toString(), List.of(),
          T0 + i * 1000L));
      maxCompared = Math.max(maxCompared, a.compared());
      assertThat(index.postings("w:storm").size()).isLessThanOrEqualTo(settings.maxPostings());
    }

    assertThat(index.storiesHeld()).isEqualTo(500);
    assertThat(maxCompared).isEqualTo(settings.maxCandidates());
    assertThat(index.postings("w:storm")).hasSize(settings.maxPostings());
  }

  @Test
  void theSummaryKeepsTheFirstHeadlineTimesSourcesEntitiesSentimentAndClaims() {
    background();
    OfflineStories stories = new OfflineStories(StorySettings.defaults());
    StoryArticle a = new StoryArticle("a1", "Men's Wearhouse agrees to buy Jos. A. Bank",
        List.of("wikipedia:Men's_Wearhouse", "wikipedia:Jos._A._Bank_Clothiers"), T0, "Reuters");
    StoryArticle b = new StoryArticle("a2", "Jos. A. Bank sold to Men's Wearhouse",
        List.of("wikipedia:Jos._A._Bank_Clothiers", "wikipedia:Men's_Wearhouse"), T0 + MINUTE,
        "AP");
    StoryArticle c = new StoryArticle("a3", "Men's Wearhouse to buy Jos. A. Bank, shares jump",
        List.of("wikipedia:Men's_Wearhouse"), T0 + 2 * MINUTE, "Reuters");
    stories.assign(a);
    stories.addParagraph("a1", 0.5, 1);
    stories.assign(b);
    stories.addParagraph("a2", -0.1, 0);
    stories.assign(c);
    Story story = stories.addParagraph("a3", 0.2, 2);

    assertThat(story.id()).isEqualTo("a1");
    assertThat(story.headline()).isEqualTo("Men's Wearhouse agrees to buy Jos. A. Bank");
    assertThat(story.firstSeen()).isEqualTo(T0);
    assertThat(story.lastSeen()).isEqualTo(T0 + 2 * MINUTE);
    assertThat(story.articleCount()).isEqualTo(3);
    assertThat(story.sources()).containsExactly("AP", "Reuters");
    assertThat(story.sourceCount()).isEqualTo(2);
    assertThat(story.topEntities(1)).containsExactly("wikipedia:Men's_Wearhouse");
    assertThat(story.meanSentiment()).isCloseTo(0.2, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(story.claims()).isEqualTo(3);
    assertThat(stories.addParagraph("unknown", 0, 0)).isNull();
  }

  /**
   * Topics one after another, four articles each, one article every twelve hours: each story
   * lives two days, then a window passes without it.
   */
  private static List<StoryArticle> syntheticStream(int count) {
    List<StoryArticle> stream = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int topic = i / 4;
      StringBuilder text = new StringBuilder();
      for (int k = 0; k < 6; k++) {
        text.append(word(topic, k)).append(' ');
      }
      text.append(word(i, 100));
      stream.add(new StoryArticle("n" + i, text.toString(), List.of("wikipedia:Topic_" + topic),
          T0 + i * 12 * 60 * MINUTE, "source" + (i % 3)));
    }
    return stream;
  }

  /** A made-up word, different for each (i, k). */
  private static String word(int i, int k) {
    StringBuilder w = new StringBuilder("q");
    int n = i * 31 + k * 7919 + 1;
    while (n > 0) {
      w.append((char) ('a' + n % 26));
      n /= 26;
    }
    return w.toString();
  }
}
