package org.newsstream.evaluation;

import java.util.List;

/** Pure statistics used by the evaluators. */
public final class Statistics {
  private Statistics() {}

  /** Pearson's correlation coefficient of two equally long series; NaN when either is constant. */
  public static double pearson(double[] x, double[] y) {
    if (x.length != y.length || x.length < 2) {
      throw new IllegalArgumentException("need two series of equal length >= 2");
    }
    double mx = mean(x);
    double my = mean(y);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxy / Math.sqrt(sxx * syy);
  }

  /** Counts of class {@code positive} among gold and predicted labels, index by index. */
  public static <T> Counts countsOf(T positive, List<T> gold, List<T> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException("gold and predicted differ in length");
    }
    long tp = 0;
    long fp = 0;
    long fn = 0;
    for (int i = 0; i < gold.size(); i++) {
      boolean g = positive.equals(gold.get(i));
      boolean p = positive.equals(predicted.get(i));
      tp += g && p ? 1 : 0;
      fp += !g && p ? 1 : 0;
      fn += g && !p ? 1 : 0;
    }
    return new Counts(tp, fp, fn);
  }

  /** The unweighted mean of the per-class F1 over {@code classes}. */
  public static <T> double macroF1(List<T> classes, List<T> gold, List<T> predicted) {
    return classes.stream().mapToDouble(c -> countsOf(c, gold, predicted).f1()).average().orElse(0);
  }

  /** Fraction of positions where gold and predicted agree. */
  public static <T> double accuracy(List<T> gold, List<T> predicted) {
    long same = 0;
    for (int i = 0; i < gold.size(); i++) {
      same += gold.get(i).equals(predicted.get(i)) ? 1 : 0;
    }
    return gold.isEmpty() ? 0 : (double) same / gold.size();
  }

  private static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.length;
  }
}
