package org.newsstream.dedup;

import java.util.IdentityHashMap;
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
  /**
   * By the remembered fingerprint itself: a paragraph remembered under several band values is one
   * object in all of them, and identity needs no key made or hashed per lookup. Copies of one
   * paragraph decoded anew from the store are compared again, which costs time, not correctness.
   */
  private final Map<TextFingerprint, Boolean> verdicts = new IdentityHashMap<>(256);

  public CopyVerdicts(TextFingerprint fingerprint) {
    this.fingerprint = fingerprint;
  }

  /** Whether this paragraph copies {@code earlier}; {@link TextFingerprint#isCopyOf}. */
  public boolean copies(BandMemory.Seen earlier) {
    Boolean known = verdicts.get(earlier.fingerprint());
    if (known == null) {
      known = fingerprint.isCopyOf(earlier.fingerprint());
      verdicts.put(earlier.fingerprint(), known);
    }
    return known;
  }

  /** The comparisons made so far: one per distinct remembered fingerprint asked about. */
  public int compared() {
    return verdicts.size();
  }
}
