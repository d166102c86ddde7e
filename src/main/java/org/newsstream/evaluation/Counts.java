package org.newsstream.evaluation;

/**
 * True positives, false positives and false negatives of one class or of all entity chunks.
 * Immutable.
 */
public record Counts(long tp, long fp, long fn) {

  public static final Counts ZERO = new Counts(0, 0, 0);

  /** Element-wise sum. */
  public Counts plus(Counts other) {
    return new Counts(tp + other.tp, fp + other.fp, fn + other.fn);
  }

  /** tp / (tp + fp), 0 when nothing was predicted. */
  public double precision() {
    return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
  }

  /** tp / (tp + fn), 0 when there was nothing to find. */
  public double recall() {
    return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
  }

  /** Harmonic mean of precision and recall, 0 when both are 0. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
