package org.newsstream.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
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

  /**
   * The same on {@code threads} threads at once, sharing the one enricher as the stream threads
   * do, each enriching {@code measured} paragraphs after {@code warmUp} untimed ones. On most
   * machines a thread goes slower when the others run (shared caches and memory bandwidth, or
   * virtual cores that are one physical core's two hyperthreads), so this, not {@code threads}
   * times the one-thread rate, is the most the NLP alone can do with every core.
   */
  public static Result measureParallel(ParagraphEnricher enricher, List<Article> articles,
      int warmUp, int measured, int threads) {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    // Latches, not a barrier: a thread that fails still counts down, so nobody waits for it.
    CountDownLatch warmed = new CountDownLatch(threads);
    CountDownLatch go = new CountDownLatch(1);
    long[] cpu = new long[threads];
    int[] done = new int[threads];
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    List<Thread> workers = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      int slot = i;
      Thread worker = new Thread(() -> {
        try {
          try {
            run(enricher, articles, warmUp);
          } finally {
            warmed.countDown();
          }
          go.await();
          if (failure.get() == null) {
            long before = mx.getCurrentThreadCpuTime();
            done[slot] = run(enricher, articles, measured);
            cpu[slot] = mx.getCurrentThreadCpuTime() - before;
          }
        } catch (RuntimeException e) {
          failure.compareAndSet(null, e);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }, "offline-reference-" + i);
      worker.start();
      workers.add(worker);
    }
    long started;
    try {
      warmed.await();
      started = System.nanoTime();
      go.countDown();
      for (Thread worker : workers) {
        worker.join();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      workers.forEach(Thread::interrupt);
      throw new IllegalStateException("interrupted while measuring the offline reference", e);
    }
    long wall = System.nanoTime() - started;
    if (failure.get() != null) {
      throw failure.get();
    }
    int total = java.util.Arrays.stream(done).sum();
    return new Result(total, total / (wall / 1e9),
        java.util.Arrays.stream(cpu).sum() / 1e6 / total);
  }

  /**
   * Enriches {@code paragraphs} paragraphs of the load untimed, going round it as often as needed:
   * the JIT goes on improving the NLP code for thousands of paragraphs.
   */
  public static void warmUp(ParagraphEnricher enricher, List<Article> articles, int paragraphs) {
    int done = 0;
    while (done < paragraphs) {
      int round = run(enricher, articles, paragraphs - done);
      if (round == 0) {
        return;
      }
      done += round;
    }
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
