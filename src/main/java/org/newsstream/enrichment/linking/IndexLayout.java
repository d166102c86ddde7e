package org.newsstream.enrichment.linking;

/**
 * The index file's layout, shared by its writer and its reader. Big-endian:
 *
 * <pre>
 * long  MAGIC
 * int   keyCount, titleCount
 * int   positions of: key block offsets, keys, title refs, priors, title block offsets, titles
 * int   file length
 * int[] key block offsets (relative to keys), one per block of 16 and the end
 * bytes keys, front-coded UTF-8, sorted by unsigned bytes
 * int[] title ref per key: 0 = the key itself with underscores is the title, else 1 + title index
 * byte[] prior per key, probability × 255
 * int[] title block offsets; bytes titles, front-coded UTF-8, sorted
 * </pre>
 */
final class IndexLayout {
  /**
   * "NSLINK02": a file written by another version is rebuilt, never misread. Bumped whenever what
   * the index keeps changes, too (02: particles no longer count towards a mention's length).
   */
  static final long MAGIC = 0x4E534C494E4B3032L;
  static final int HEADER_BYTES = 8 + 4 * 9;
  static final int IDENTITY = 0;

  private IndexLayout() {}

  static byte encodePrior(double probability) {
    return (byte) Math.max(1, Math.min(255, Math.round(probability * 255)));
  }

  static double decodePrior(byte stored) {
    return (stored & 0xFF) / 255.0;
  }
}
