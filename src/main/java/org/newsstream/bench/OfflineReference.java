package org.newsstream.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.newsstream.enrichment.ArticleMemory;
import org.newsstream.enrichment.ParagraphEnricher;
import org.newsstream.ingest.Article;

/**
 * What the enrichment alone does with the benchmark's own load on one thread, no Kafka: the
 * reference the end-to-end figure is held against. Each article keeps its name memory across its
 * paragraphs, as in the stream.
 */
public final class OfflineReference {
  private OfflineReference() {}

  /** Paragraphs per second (wall clock) and CPU milliseconds per paragraph of one thread. */
  public record Result(int paragraphs, double perSecond, double cpuMillisPerParagraph) {}

  /**
   * Full enrichment of the first {@code measured} paragraphs of {@code articles}, after
   * {@code warmUp} untimed ones for the JIT.
   */
  public static Result measure(
      ParagraphEnricher enricher, List<Article> articles, int warmUp, int measured) {
    run(enricher, articles, warmUp);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu = threads.getCurrentThreadCpuTime();
    long started = System.nanoTime();
    int done = run(enricher, articles, measured);
    long wall = System.nanoTime() - started;
    return new Result(done, done / (wall / 1e9),
        (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / done);
  }

  private static int run(ParagraphEnricher enricher, List<Article> articles, int limit) {
    int done = 0;
    for (Article article : articles) {
      ArticleMemory memory = ArticleMemory.empty();
      for (String text : article.paragraphs()) {
        if (done == limit) {
          return done;
        }
        enricher.annotate(text, memory);
        done++;
      }
    }
    return done;
  }
}
