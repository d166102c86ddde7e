package org.newsstream.trends;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.newsstream.trends.MentionBuckets.Bucket;
import org.newsstream.trends.MentionBuckets.Window;

class MentionBucketsTest {
  private static final long ADVANCE = 60_000;
  private static final long SIZE = 10 * ADVANCE;

  @Test
  void aWindowIsTheSumOfTheBucketsItCovers() {
    List<Bucket> buckets = List.of(
        new Bucket("ecb", 0, 2), new Bucket("ecb", 9 * ADVANCE, 3),
        new Bucket("ecb", 10 * ADVANCE, 5), new Bucket("fed", 4 * ADVANCE, 1));

    assertThat(MentionBuckets.windows(buckets, 0, 0, SIZE, ADVANCE)).containsExactly(
        new Window("ecb", 0, 5), new Window("fed", 0, 1));
    assertThat(MentionBuckets.windows(buckets, ADVANCE, ADVANCE, SIZE, ADVANCE))
        .as("the window one minute later drops minute 0 and takes minute 10")
        .containsExactly(new Window("ecb", ADVANCE, 8), new Window("fed", ADVANCE, 1));
  }

  @Test
  void listsWindowsOldestFirstThenByEntityAndLeavesOutWindowsWithoutMentions() {
    List<Bucket> buckets = List.of(new Bucket("fed", 12 * ADVANCE, 1),
        new Bucket("ecb", 12 * ADVANCE, 1));

    List<Window> windows = MentionBuckets.windows(buckets, 0, 20 * ADVANCE, SIZE, ADVANCE);

    assertThat(windows).extracting(Window::start).first().isEqualTo(3 * ADVANCE);
    assertThat(windows).extracting(Window::start).last().isEqualTo(12 * ADVANCE);
    assertThat(windows).hasSize(2 * 10);
    assertThat(windows.subList(0, 2)).extracting(Window::entity).containsExactly("ecb", "fed");
  }

  @Test
  void startsAtTheFirstAlignedWindowOfTheRange() {
    List<Bucket> buckets = List.of(new Bucket("ecb", 5 * ADVANCE, 1));

    assertThat(MentionBuckets.windows(buckets, 2 * ADVANCE + 1, 4 * ADVANCE, SIZE, ADVANCE))
        .extracting(Window::start).containsExactly(3 * ADVANCE, 4 * ADVANCE);
  }

  @Test
  void agreesWithCountingEachMentionInEveryWindowHoldingIt() {
    Random random = new Random(12);
    Map<String, Map<Long, Long>> byBucket = new HashMap<>();
    Map<Long, Map<String, Long>> expected = new TreeMap<>();
    for (int i = 0; i < 2_000; i++) {
      long at = random.nextInt(90 * 60_000);
      String entity = "e" + random.nextInt(7);
      byBucket.computeIfAbsent(entity, e -> new HashMap<>())
          .merge(MentionBuckets.bucketOf(at, ADVANCE), 1L, Long::sum);
      for (long start = MentionBuckets.bucketOf(at, ADVANCE); start > at - SIZE; start -= ADVANCE) {
        if (start >= 0) {
          expected.computeIfAbsent(start, s -> new TreeMap<>()).merge(entity, 1L, Long::sum);
        }
      }
    }
    List<Bucket> buckets = new ArrayList<>();
    byBucket.forEach((entity, counts) ->
        counts.forEach((start, n) -> buckets.add(new Bucket(entity, start, n))));
    List<Window> naive = new ArrayList<>();
    expected.forEach((start, counts) -> counts.forEach((entity, n) -> {
      if (start >= 20 * ADVANCE && start <= 50 * ADVANCE) {
        naive.add(new Window(entity, start, n));
      }
    }));

    assertThat(MentionBuckets.windows(buckets, 20 * ADVANCE, 50 * ADVANCE, SIZE, ADVANCE))
        .isEqualTo(naive);
  }
}
