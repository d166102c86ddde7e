package org.newsstream.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.newsstream.enrichment.ParagraphEnricher;
import org.newsstream.ingest.Article;

class OfflineReferenceTest {
  private final List<Article> load = SyntheticArticles.of(
      new Article("t", null, List.of("One.", "Two.", "Three.")), 30);

  @Test
  void the_parallel_reference_times_each_thread_on_the_same_paragraphs_after_its_warm_up() {
    AtomicInteger calls = new AtomicInteger();
    Set<String> threads = ConcurrentHashMap.newKeySet();
    ParagraphEnricher counting = (text, memory) -> {
      calls.incrementAndGet();
      threads.add(Thread.currentThread().getName());
      return null;
    };

    OfflineReference.Result result = OfflineReference.measureParallel(counting, load, 4, 10, 3);

    assertThat(result.paragraphs()).isEqualTo(30);  // 3 threads × 10 timed
    assertThat(calls).hasValue(3 * (4 + 10));       // each also ran its own warm-up
    assertThat(threads).hasSize(3);
    assertThat(result.perSecond()).isPositive();
  }

  @Test
  void the_warm_up_goes_round_the_load_as_often_as_it_takes() {
    AtomicInteger calls = new AtomicInteger();

    OfflineReference.warmUp((text, memory) -> {
      calls.incrementAndGet();
      return null;
    }, load, 75);  // the load has 30 paragraphs

    assertThat(calls).hasValue(75);
  }

  @Test
  @Timeout(10)
  void an_enricher_failing_in_one_thread_fails_the_measurement_instead_of_hanging_it() {
    ParagraphEnricher failing = (text, memory) -> {
      if (Thread.currentThread().getName().endsWith("-1")) {
        throw new IllegalStateException("model not loaded");
      }
      return null;
    };

    assertThatThrownBy(() -> OfflineReference.measureParallel(failing, load, 2, 5, 2))
        .isInstanceOf(IllegalStateException.class).hasMessage("model not loaded");
  }
}
