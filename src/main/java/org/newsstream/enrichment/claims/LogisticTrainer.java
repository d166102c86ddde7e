package org.newsstream.enrichment.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Trains a binary logistic regression by AdaGrad with L2 regularisation, deterministically (a
 * fixed shuffle seed), so the bundled model can be rebuilt bit for bit.
 *
 * <p>Optionally NBSVM-style (Wang and Manning 2012): each binary feature is scaled by its
 * smoothed log-count ratio between the classes before training, which lets rare but telling
 * n-grams start from a sensible weight. The scale is folded into the learned weights, so the
 * result is still a plain sum of feature weights.
 *
 * @param epochs passes over the data
 * @param learningRate AdaGrad's base step
 * @param l2 regularisation strength per example
 * @param minCount features seen in fewer training examples are dropped
 * @param seed shuffle seed
 * @param positiveWeight loss weight of a positive example (1 = unweighted)
 * @param logCountRatio whether to scale features by their log-count ratio (NBSVM)
 * @param denseScale dense features are multiplied by this while training (and the learned
 *     weights by it afterwards, so scoring is unchanged); it sets how fast they learn relative to
 *     the binary ones
 */
public record LogisticTrainer(int epochs, double learningRate, double l2, int minCount, long seed,
    double positiveWeight, boolean logCountRatio, double denseScale) {

  /** Dense features, if any, at their own scale. */
  public LogisticTrainer(int epochs, double learningRate, double l2, int minCount, long seed,
      double positiveWeight, boolean logCountRatio) {
    this(epochs, learningRate, l2, minCount, seed, positiveWeight, logCountRatio, 1);
  }

  /** A plain logistic regression: unweighted classes, no log-count-ratio scaling. */
  public LogisticTrainer(int epochs, double learningRate, double l2, int minCount, long seed) {
    this(epochs, learningRate, l2, minCount, seed, 1, false, 1);
  }

  /**
   * One training example: its binary features, its real-valued ones (the same length in every
   * example; empty when there are none) and its label.
   */
  public record Example(List<String> features, double[] dense, boolean positive) {
    /** An example with binary features only. */
    public Example(List<String> features, boolean positive) {
      this(features, new double[0], positive);
    }
  }

  /** Trains on binary features only; {@code threshold} is the probability that maps to 0.5. */
  public LogisticCheckworthiness train(List<Example> examples, double threshold) {
    return train(examples, threshold, null);
  }

  /**
   * Trains on {@code examples}, whose dense features come from {@code embedding} (null when they
   * have none); {@code threshold} is the probability that should map to 0.5. Dense features get
   * their own weights in the same linear model, with the same AdaGrad steps and L2.
   */
  public LogisticCheckworthiness train(List<Example> examples, double threshold,
      SentenceEmbedding embedding) {
    int dense = examples.isEmpty() ? 0 : examples.get(0).dense().length;
    if (dense != (embedding == null ? 0 : embedding.size())) {
      throw new IllegalArgumentException("examples have " + dense + " dense features");
    }
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Integer> positiveCounts = new HashMap<>();
    int positives = 0;
    for (Example e : examples) {
      positives += e.positive() ? 1 : 0;
      for (String f : e.features()) {
        counts.merge(f, 1, Integer::sum);
        positiveCounts.merge(f, e.positive() ? 1 : 0, Integer::sum);
      }
    }
    Map<String, Integer> index = new HashMap<>();
    List<String> names = new ArrayList<>();
    counts.entrySet().stream()
        .filter(e -> e.getValue() >= minCount)
        .map(Map.Entry::getKey)
        .sorted()
        .forEach(f -> {
          index.put(f, names.size());
          names.add(f);
        });
    int[][] rows = new int[examples.size()][];
    for (int i = 0; i < examples.size(); i++) {
      rows[i] = examples.get(i).features().stream()
          .filter(index::containsKey).mapToInt(index::get).toArray();
    }
    double[] scale = new double[names.size()];
    int negatives = examples.size() - positives;
    for (int f = 0; f < names.size(); f++) {
      int pos = positiveCounts.get(names.get(f));
      int neg = counts.get(names.get(f)) - pos;
      // Add-one smoothing keeps features seen in one class only finite.
      scale[f] = logCountRatio
          ? Math.log((pos + 1.0) / (positives + 1.0)) - Math.log((neg + 1.0) / (negatives + 1.0))
          : 1;
    }
    int first = names.size();
    double[] w = new double[first + dense + 1];
    double[] g2 = new double[first + dense + 1];
    int bias = first + dense;
    Random random = new Random(seed);
    int[] order = new int[examples.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    for (int epoch = 0; epoch < epochs; epoch++) {
      shuffle(order, random);
      for (int i : order) {
        double z = w[bias];
        for (int f : rows[i]) {
          z += w[f] * scale[f];
        }
        double[] x = examples.get(i).dense();
        for (int j = 0; j < dense; j++) {
          z += w[first + j] * x[j] * denseScale;
        }
        boolean positive = examples.get(i).positive();
        double error =
            (positive ? positiveWeight : 1) * (1 / (1 + Math.exp(-z)) - (positive ? 1 : 0));
        step(w, g2, bias, error);
        for (int f : rows[i]) {
          step(w, g2, f, error * scale[f] + l2 * w[f]);
        }
        for (int j = 0; j < dense; j++) {
          step(w, g2, first + j, error * x[j] * denseScale + l2 * w[first + j]);
        }
      }
    }
    Map<String, Double> weights = new HashMap<>();
    for (int f = 0; f < names.size(); f++) {
      double weight = w[f] * scale[f];
      if (Math.abs(weight) >= 1e-4) {
        weights.put(names.get(f), weight);
      }
    }
    // Shift the intercept so that the chosen decision threshold becomes 0.5.
    double shift = -Math.log(threshold / (1 - threshold));
    double[] denseWeights = new double[dense];
    for (int j = 0; j < dense; j++) {
      denseWeights[j] = w[first + j] * denseScale;
    }
    return new LogisticCheckworthiness(w[bias] + shift, weights, denseWeights, embedding);
  }

  private void step(double[] w, double[] g2, int f, double gradient) {
    g2[f] += gradient * gradient;
    w[f] -= learningRate * gradient / (Math.sqrt(g2[f]) + 1e-8);
  }

  private static void shuffle(int[] order, Random random) {
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
  }
}
