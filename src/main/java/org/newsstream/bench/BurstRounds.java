package org.newsstream.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The burst bar taken over several rounds of one bench run. Each round's end-to-end rate is held
 * against the one-thread offline references measured just before and just after it, with the
 * pipeline idle, and the figure is the median of the rounds: the machine's speed moved the
 * reference by a quarter within minutes (docs/performance.md, sessions 12 and 13), so one round's
 * ratio is one sample of a noisy quotient, not the figure.
 */
public final class BurstRounds {
  /**
   * One round.
   *
   * @param perSecond paragraphs per second end to end
   * @param referenceBefore the one-thread reference just before, paragraphs per second
   * @param referenceAfter the one-thread reference just after
   * @param plumbingShare CPU of everything but the NLP ÷ the NLP's own inside the pipeline
   */
  public record Round(double perSecond, double referenceBefore, double referenceAfter,
      double plumbingShare) {
    public Round {
      if (!(perSecond > 0 && referenceBefore > 0 && referenceAfter > 0)) {
        throw new IllegalArgumentException("rates must be positive: " + perSecond + ", "
            + referenceBefore + ", " + referenceAfter);
      }
    }

    /** End to end ÷ ({@code cores} × the mean of the references either side). */
    public double ratio(int cores) {
      return perSecond / (cores * (referenceBefore + referenceAfter) / 2);
    }
  }

  private final List<Round> rounds = new ArrayList<>();

  public void add(Round round) {
    rounds.add(round);
  }

  public List<Round> rounds() {
    return List.copyOf(rounds);
  }

  public double medianRatio(int cores) {
    return median(rounds.stream().map(r -> r.ratio(cores)).toList());
  }

  public double medianPlumbingShare() {
    return median(rounds.stream().map(Round::plumbingShare).toList());
  }

  public double medianPerSecond() {
    return median(rounds.stream().map(Round::perSecond).toList());
  }

  /** The middle value; the mean of the two middle ones for an even count. */
  static double median(List<Double> values) {
    if (values.isEmpty()) {
      throw new IllegalStateException("no rounds measured");
    }
    List<Double> sorted = values.stream().sorted().toList();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(middle)
        : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }
}
