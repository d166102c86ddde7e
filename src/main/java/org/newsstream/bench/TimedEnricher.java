package org.newsstream.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import org.newsstream.enrichment.Annotation;
import org.newsstream.enrichment.ArticleMemory;
import org.newsstream.enrichment.ParagraphEnricher;
import org.newsstream.enrichment.TextAnalysis;

/**
 * An enricher that counts the CPU time its calls take on the calling threads, so the benchmark can
 * say what the NLP costs inside the pipeline, beside what it costs alone: the difference is what
 * running next to Kafka (caches shared with the broker and the other threads, the JIT's state)
 * does to the same code. Reading a thread's CPU clock costs about a microsecond, against
 * milliseconds a paragraph.
 */
public final class TimedEnricher implements ParagraphEnricher {
  private final ParagraphEnricher enricher;
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final LongAdder nanos = new LongAdder();
  private final LongAdder calls = new LongAdder();

  public TimedEnricher(ParagraphEnricher enricher) {
    this.enricher = enricher;
  }

  @Override
  public Annotation annotate(String text, ArticleMemory memory) {
    long before = threads.getCurrentThreadCpuTime();
    try {
      return enricher.annotate(text, memory);
    } finally {
      nanos.add(threads.getCurrentThreadCpuTime() - before);
      calls.increment();
    }
  }

  @Override
  public Annotation annotate(String text, ArticleMemory memory, TextAnalysis analysis) {
    long before = threads.getCurrentThreadCpuTime();
    try {
      return enricher.annotate(text, memory, analysis);
    } finally {
      nanos.add(threads.getCurrentThreadCpuTime() - before);
      calls.increment();
    }
  }

  /** Counted with the annotations: it is the same NLP, done on another thread ahead of time. */
  @Override
  public Optional<TextAnalysis> analyze(String text) {
    long before = threads.getCurrentThreadCpuTime();
    try {
      return enricher.analyze(text);
    } finally {
      nanos.add(threads.getCurrentThreadCpuTime() - before);
    }
  }

  /** Starts counting afresh. */
  public void reset() {
    nanos.reset();
    calls.reset();
  }

  /** CPU milliseconds per call since the last {@link #reset}; 0 before any call. */
  public double cpuMillisPerCall() {
    long n = calls.sum();
    return n == 0 ? 0 : nanos.sum() / 1e6 / n;
  }

  public long calls() {
    return calls.sum();
  }
}
