package org.newsstream.dedup;

/** Paragraphs as duplicate marking remembers them, for the tests of its lookups. */
final class Remembered {
  static final String TEXT = "The central bank raised its main rate by 25 basis points to"
      + " 4.5 percent on Thursday, its third increase this year, citing stubborn inflation.";

  private Remembered() {}

  /** {@code text} seen at {@code at} as paragraph {@code id}, its fingerprint as a store keeps it. */
  static BandMemory.Seen seen(long at, String id, String text) {
    TextFingerprint f = TextFingerprint.of(text);
    return new BandMemory.Seen(at, id, TextFingerprint.restore(f.sketch(), f.facts()));
  }
}
