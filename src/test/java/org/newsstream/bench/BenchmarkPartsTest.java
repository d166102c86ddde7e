package org.newsstream.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsstream.ingest.Article;

class BenchmarkPartsTest {

  @Test
  void percentiles_are_taken_by_nearest_rank() {
    LatencyStats stats = new LatencyStats(new long[] {40, 10, 30, 20, 50, 60, 70, 80, 90, 100});

    assertThat(stats.percentile(50)).isEqualTo(50);
    assertThat(stats.percentile(95)).isEqualTo(100);
    assertThat(stats.percentile(10)).isEqualTo(10);
    assertThat(stats.max()).isEqualTo(100);
    assertThat(new LatencyStats(new long[0]).percentile(99)).isZero();
    assertThatThrownBy(() -> stats.percentile(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void synthetic_articles_give_exactly_the_paragraphs_asked_for_each_copy_distinct() {
    Article template = new Article("t", null, List.of("One.", "Two.", "Three."));

    List<Article> articles = SyntheticArticles.of(template, 7);

    assertThat(articles).extracting(Article::id)
        .containsExactly("bench-000000", "bench-000001", "bench-000002");
    assertThat(articles.stream().mapToInt(a -> a.paragraphs().size()).sum()).isEqualTo(7);
    assertThat(articles.get(1).paragraphs()).containsExactly(
        "Update 1: One.", "Update 1: Two.", "Update 1: Three.");
    assertThat(articles.get(2).paragraphs()).containsExactly("Update 2: One.");
  }

  @Test
  void the_histogram_puts_each_latency_in_the_bucket_below_its_upper_bound() {
    LatencyHistogram histogram = new LatencyHistogram(new long[] {0, 24, 25, 99, 100, 149, 20_000});

    assertThat(histogram.count(0)).isEqualTo(2);   // < 25
    assertThat(histogram.count(1)).isEqualTo(1);   // 25–50
    assertThat(histogram.count(2)).isEqualTo(1);   // 50–100
    assertThat(histogram.count(3)).isEqualTo(2);   // 100–150
    assertThat(histogram.count(LatencyHistogram.UPPER_BOUNDS.length)).isEqualTo(1);
    assertThat(histogram.lines()).hasSize(5)
        .first().asString().contains("< 25 ms").contains("28.6 %");
  }
}
