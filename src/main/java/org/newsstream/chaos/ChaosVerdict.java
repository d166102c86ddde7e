package org.newsstream.chaos;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether a run with kills produced exactly what it should: every published paragraph once on
 * news.enriched or news.deadletter, no alert id twice, and the same alerts as a run without
 * kills. Pure, so the rules of "exact" are tested without a broker.
 *
 * @param published ids ({@code articleId#index}) of the paragraphs published, each once
 * @param outcomes ids of the enriched paragraphs and dead letters read back, as often as read
 * @param alertIds ids of the non-spike alerts read back, as often as read
 * @param baselineAlertIds ids of the non-spike alerts of the same input without kills, or null
 * @param alerts distinct non-spike alerts read back: none would make the comparison with the
 *     baseline vacuous
 */
public record ChaosVerdict(int lost, int duplicated, int unexpected, int duplicateAlerts,
    Set<String> missingAlerts, Set<String> extraAlerts, boolean comparedWithBaseline, int alerts) {

  public static ChaosVerdict of(Set<String> published, List<String> outcomes, List<String> alertIds,
      Set<String> baselineAlertIds) {
    Map<String, Integer> seen = count(outcomes);
    int lost = (int) published.stream().filter(id -> !seen.containsKey(id)).count();
    int duplicated = seen.entrySet().stream()
        .filter(e -> published.contains(e.getKey())).mapToInt(e -> e.getValue() - 1).sum();
    int unexpected = (int) seen.keySet().stream().filter(id -> !published.contains(id)).count();
    Map<String, Integer> alerts = count(alertIds);
    int duplicateAlerts = alerts.values().stream().mapToInt(n -> n - 1).sum();
    Set<String> missing = new TreeSet<>();
    Set<String> extra = new TreeSet<>();
    if (baselineAlertIds != null) {
      baselineAlertIds.stream().filter(id -> !alerts.containsKey(id)).forEach(missing::add);
      alerts.keySet().stream().filter(id -> !baselineAlertIds.contains(id)).forEach(extra::add);
    }
    return new ChaosVerdict(lost, duplicated, unexpected, duplicateAlerts, missing, extra,
        baselineAlertIds != null, alerts.size());
  }

  /** Nothing lost, nothing twice, nothing made up, and the baseline's alerts exactly. */
  public boolean exact() {
    return lost == 0 && duplicated == 0 && unexpected == 0 && duplicateAlerts == 0
        && missingAlerts.isEmpty() && extraAlerts.isEmpty();
  }

  private static Map<String, Integer> count(List<String> ids) {
    Map<String, Integer> counts = new HashMap<>();
    ids.forEach(id -> counts.merge(id, 1, Integer::sum));
    return counts;
  }
}
