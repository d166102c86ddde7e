package org.newsstream.evaluation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Entity chunks of a tag sequence the way conlleval reads them: a chunk starts at a B- tag, or at
 * an I- tag (or a bare type) that follows O or another type; it ends where the next tag does not
 * continue it. So IOB1, IOB2 and IO sequences are all read correctly.
 */
public final class Chunks {
  /** A chunk: token range [start, end) and type. */
  public record Chunk(int start, int end, String type) {}

  private Chunks() {}

  /** The chunks of {@code tags}, in order. */
  public static Set<Chunk> of(List<String> tags) {
    Set<Chunk> chunks = new LinkedHashSet<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      String tagType = typeOf(tag);
      boolean begins = tag.startsWith("B-");
      if (start >= 0 && (tagType == null || !tagType.equals(type) || begins)) {
        chunks.add(new Chunk(start, i, type));
        start = -1;
      }
      if (start < 0 && tagType != null) {
        start = i;
        type = tagType;
      }
    }
    return chunks;
  }

  private static String typeOf(String tag) {
    if (tag.equals("O") || tag.isEmpty()) {
      return null;
    }
    return tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(2) : tag;
  }
}
