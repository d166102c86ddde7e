package org.newsstream.enrichment.ahead;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.newsstream.enrichment.TextAnalysis;

/**
 * Paragraph texts analysed on worker threads before their turn comes, so that the thread whose
 * turn it is finds the costly, article-independent part done (the NLP off the poll loop).
 *
 * <p>Under exactly-once a stream thread waits for its commit every 50 ms, and while it waits its
 * core has nothing to run unless another thread has work; the workers have it whenever texts wait.
 * Nothing here decides an outcome: the stream thread still annotates every paragraph, in order,
 * with the article's memory, and emits it in its transaction; an analysis only saves it the work.
 * So a text not offered, dropped, failed or still queued costs nothing but that saving: whoever
 * takes a queued text does the work itself rather than wait behind other texts.
 *
 * <p>Bounded: at most {@code capacity} texts wait or are held, and one not taken within
 * {@code keepFor} is dropped (its paragraph went another way, or was processed before it was
 * offered). The same text offered twice (copies across outlets) is analysed once.
 */
public final class AnalysesAhead implements AutoCloseable {
  private static final int QUEUED = 0;
  private static final int RUNNING = 1;
  private static final int CLAIMED = 2;
  private static final long SWEEP_EVERY_NANOS = TimeUnit.SECONDS.toNanos(1);

  private final Function<String, Optional<TextAnalysis>> analyzer;
  private final int capacity;
  private final long keepForNanos;
  private final LongSupplier nanoTime;
  private final ExecutorService workers;
  private final NewestFirst queue = new NewestFirst();
  private final Map<String, Pending> pending = new ConcurrentHashMap<>();
  private final AtomicLong used = new AtomicLong();
  private final AtomicLong doneByTaker = new AtomicLong();
  private final AtomicLong lastSweep;
  private final AtomicLong offered;

  /**
   * @param analyzer the article-independent analysis; safe from several threads at once
   * @param workers threads that analyse (their names start with {@code threadPrefix})
   * @param capacity texts waiting or held at most
   * @param keepFor how long an analysis waits to be taken
   */
  public AnalysesAhead(Function<String, Optional<TextAnalysis>> analyzer, int workers,
      String threadPrefix, int capacity, Duration keepFor, LongSupplier nanoTime) {
    if (workers < 1 || capacity < 1) {
      throw new IllegalArgumentException("workers and capacity must be at least 1");
    }
    this.analyzer = analyzer;
    this.capacity = capacity;
    this.keepForNanos = keepFor.toNanos();
    this.nanoTime = nanoTime;
    this.lastSweep = new AtomicLong(nanoTime.getAsLong());
    AtomicInteger count = new AtomicInteger();
    // Newest first: the oldest texts' turn comes soonest, and a worker starting on one would
    // race its taker (who then does it too); the newest wait longest, so their analyses are
    // done by the time their turn comes.
    this.workers = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.MILLISECONDS,
        queue, runnable -> {
      Thread thread = new Thread(runnable, threadPrefix + count.incrementAndGet());
      thread.setDaemon(true);
      // Work ahead is for cores the stream threads leave idle (while they wait for a commit or
      // a fetch); taking time from them would only move the NLP from one thread to another.
      // The JVM maps this to the OS only with -XX:ThreadPriorityPolicy=1 (bin/newsstream).
      thread.setPriority(Thread.MIN_PRIORITY);
      return thread;
    });
    this.offered = new AtomicLong();
  }

  /**
   * Queues {@code text} for analysis unless it is queued or held already.
   *
   * @return false when full: the caller offers it again later, or lets its turn do the work
   */
  public boolean offer(String text) {
    dropExpired();
    if (pending.size() >= capacity) {
      return false;
    }
    Pending created = new Pending(nanoTime.getAsLong());
    Pending existing = pending.putIfAbsent(text, created);
    if (existing != null) {
      existing.copies.incrementAndGet();
      return true;
    }
    offered.incrementAndGet();
    workers.execute(() -> run(text, created));
    // The queue keeps the tasks of texts already taken until a worker reaches them, and in a
    // long backlog the workers, newest first, never reach the oldest: without this it would grow
    // with every offer. An oldest task dropped is a text its taker does itself, as it would.
    while (queue.size() > capacity) {
      queue.pollFirst();
    }
    return true;
  }

  private void run(String text, Pending entry) {
    if (!entry.state.compareAndSet(QUEUED, RUNNING)) {
      return;
    }
    try {
      entry.result.complete(analyzer.apply(text));
    } catch (RuntimeException e) {
      // The taker annotates the text itself and meets the failure there, where it is handled.
    } finally {
      // Done in any case, so that the entry can expire: a running one never does.
      entry.result.complete(Optional.empty());
    }
  }

  /**
   * The analysis of {@code text} if it is done; empty when it is still queued or running (the
   * caller does the work itself, now) or was never offered. Never waits.
   */
  public Optional<TextAnalysis> take(String text) {
    Pending entry = pending.get(text);
    if (entry == null) {
      return Optional.empty();
    }
    if (entry.copies.decrementAndGet() <= 0) {
      pending.remove(text, entry);
    }
    if (entry.state.compareAndSet(QUEUED, CLAIMED)) {
      doneByTaker.incrementAndGet();
      return Optional.empty();
    }
    // Still running: the worker runs at the lowest priority, so waiting for it could mean
    // waiting behind every other thread; the taker does the work itself, and what the worker
    // spends on it was idle time.
    if (!entry.result.isDone()) {
      doneByTaker.incrementAndGet();
      return Optional.empty();
    }
    Optional<TextAnalysis> analysis = entry.result.join();
    analysis.ifPresent(a -> used.incrementAndGet());
    return analysis;
  }

  /** Analyses done and waiting for their turn now (a walk over every held text). */
  int ready() {
    return (int) pending.values().stream().filter(p -> p.result.isDone()).count();
  }

  /** Texts waiting or held now. */
  public int size() {
    return pending.size();
  }

  /** Tasks waiting for a worker, those of texts already taken included. */
  int queued() {
    return queue.size();
  }

  /** Texts queued for analysis since the start. */
  public long offered() {
    return offered.get();
  }

  /** Analyses taken and used since the start. */
  public long used() {
    return used.get();
  }

  /** Texts whose turn came before a worker had finished them (the taker did the work). */
  public long doneByTaker() {
    return doneByTaker.get();
  }

  /** At most once a second: an offer must not pay for a walk over every held text. */
  private void dropExpired() {
    long now = nanoTime.getAsLong();
    long last = lastSweep.get();
    if (now - last < SWEEP_EVERY_NANOS || !lastSweep.compareAndSet(last, now)) {
      return;
    }
    pending.entrySet().removeIf(e -> now - e.getValue().offeredAt > keepForNanos
        && e.getValue().expire());
  }

  /**
   * Stops the workers without waiting for a running analysis (it cannot be interrupted, and its
   * result is not needed): they are daemon threads, and the stream threads have stopped.
   */
  @Override
  public void close() {
    workers.shutdownNow();
    pending.clear();
  }

  /** A work queue whose takers get the most recently added task. */
  private static final class NewestFirst extends LinkedBlockingDeque<Runnable> {
    @Override
    public Runnable take() throws InterruptedException {
      return takeLast();
    }

    @Override
    public Runnable poll(long timeout, TimeUnit unit) throws InterruptedException {
      return pollLast(timeout, unit);
    }

    @Override
    public Runnable poll() {
      return pollLast();
    }
  }

  private static final class Pending {
    final long offeredAt;
    final AtomicInteger state = new AtomicInteger(QUEUED);
    final AtomicInteger copies = new AtomicInteger(1);
    final CompletableFuture<Optional<TextAnalysis>> result = new CompletableFuture<>();

    Pending(long offeredAt) {
      this.offeredAt = offeredAt;
    }

    /** Whether it may go: done, or queued and now kept from running; never while running. */
    boolean expire() {
      return state.compareAndSet(QUEUED, CLAIMED) || result.isDone() || state.get() == CLAIMED;
    }
  }
}
