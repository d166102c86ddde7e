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
 * @param epochs passes over the data
 * @param learningRate AdaGrad's base step
 * @param l2 regularisation strength per example
 * @param minCount features seen in fewer training examples are dropped
 * @param seed shuffle seed
 */
public record LogisticTrainer(int epochs, double learningRate, double l2, int minCount, long seed) {

  /** One training example: its features and label. */
  public record Example(List<String> features, boolean positive) {}

  /** Trains on {@code examples}; {@code threshold} is the probability that should map to 0.5. */
  public LogisticCheckworthiness train(List<Example> examples, double threshold) {
    Map<String, Integer> counts = new HashMap<>();
    examples.forEach(e -> e.features().forEach(f -> counts.merge(f, 1, Integer::sum)));
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
    double[] w = new double[names.size() + 1];
    double[] g2 = new double[names.size() + 1];
    int bias = names.size();
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
          z += w[f];
        }
        double error = 1 / (1 + Math.exp(-z)) - (examples.get(i).positive() ? 1 : 0);
        step(w, g2, bias, error);
        for (int f : rows[i]) {
          step(w, g2, f, error + l2 * w[f]);
        }
      }
    }
    Map<String, Double> weights = new HashMap<>();
    for (int f = 0; f < names.size(); f++) {
      if (Math.abs(w[f]) >= 1e-4) {
        weights.put(names.get(f), w[f]);
      }
    }
    // Shift the intercept so that the chosen decision threshold becomes 0.5.
    double shift = -Math.log(threshold / (1 - threshold));
    return new LogisticCheckworthiness(w[bias] + shift, weights);
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
