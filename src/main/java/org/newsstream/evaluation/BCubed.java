package org.newsstream.evaluation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * B-cubed precision, recall and F1 of a clustering against true classes (Bagga &amp; Baldwin
 * 1998): per item, the share of its cluster that is of its class (precision) and the share of
 * its class that is in its cluster (recall), each averaged over all items; F1 is their harmonic
 * mean. Unlike pair counting, every item weighs the same, so one huge story does not drown the
 * small ones.
 */
public final class BCubed {
  private BCubed() {}

  public record Score(double precision, double recall) {
    public double f1() {
      return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
  }

  /** {@code clusters.get(i)} and {@code classes.get(i)} are item i's cluster and true class. */
  public static Score score(List<String> clusters, List<String> classes) {
    if (clusters.size() != classes.size()) {
      throw new IllegalArgumentException(clusters.size() + " clusters for " + classes.size()
          + " classes");
    }
    if (clusters.isEmpty()) {
      return new Score(0, 0);
    }
    Map<String, Integer> clusterSize = new HashMap<>();
    Map<String, Integer> classSize = new HashMap<>();
    Map<String, Integer> both = new HashMap<>();
    for (int i = 0; i < clusters.size(); i++) {
      clusterSize.merge(clusters.get(i), 1, Integer::sum);
      classSize.merge(classes.get(i), 1, Integer::sum);
      both.merge(clusters.get(i) + "\u0000" + classes.get(i), 1, Integer::sum);
    }
    double precision = 0;
    double recall = 0;
    for (int i = 0; i < clusters.size(); i++) {
      double shared = both.get(clusters.get(i) + "\u0000" + classes.get(i));
      precision += shared / clusterSize.get(clusters.get(i));
      recall += shared / classSize.get(classes.get(i));
    }
    return new Score(precision / clusters.size(), recall / clusters.size());
  }
}
