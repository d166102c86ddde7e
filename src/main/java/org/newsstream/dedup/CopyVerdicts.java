package org.newsstream.dedup;

import java.util.HashMap;
import java.util.Map;

/**
 * One paragraph's comparisons with the earlier paragraphs its bands lead to, each made once. The
 * same earlier paragraph is usually under several of its band values (a wire copy, a template's
 * other paragraphs), and a paragraph's verdict on it does not depend on the band it was met
 * under, so it is not worked out again: on templated text, where every band value holds as many
 * look-alikes as a lookup compares, this is three comparisons in four (docs/performance.md,
 * session 13). Not shared between threads.
 */
public final class CopyVerdicts {
  private final TextFingerprint fingerprint;
  private final Map<Key, Boolean> verdicts = new HashMap<>();

  public CopyVerdicts(TextFingerprint fingerprint) {
    this.fingerprint = fingerprint;
  }

  /** Whether this paragraph copies {@code earlier}; {@link TextFingerprint#isCopyOf}. */
  public boolean copies(BandMemory.Seen earlier) {
    return verdicts.computeIfAbsent(new Key(earlier.paragraphId(), earlier.eventTime()),
        key -> fingerprint.isCopyOf(earlier.fingerprint()));
  }

  /** The comparisons made so far: one per distinct earlier paragraph asked about. */
  public int compared() {
    return verdicts.size();
  }

  /** A remembered paragraph is one id seen at one time; the same id re-sent later is another. */
  private record Key(String paragraphId, long eventTime) {}
}
