package org.newsstream.enrichment.linking;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;

/**
 * Sorted byte strings stored in blocks of {@value #BLOCK}: the first string of a block whole, each
 * following one as the length of the prefix it shares with its predecessor plus the rest. Names
 * sorted together share long prefixes ("Barack Obama", "Barack Obama's", "Barack Obama Sr."), so
 * this roughly halves the keys; a lookup binary-searches the blocks' first strings and then scans
 * at most {@value #BLOCK} entries.
 */
final class FrontCoding {
  static final int BLOCK = 16;

  private FrontCoding() {}

  /** Encoded blocks of {@code sorted}; {@code offsets} receives each block's start (and the end). */
  static byte[] encode(List<byte[]> sorted, int[] offsets) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] previous = new byte[0];
    for (int i = 0; i < sorted.size(); i++) {
      byte[] current = sorted.get(i);
      if (i % BLOCK == 0) {
        offsets[i / BLOCK] = out.size();
        writeVarint(out, current.length);
        out.write(current, 0, current.length);
      } else {
        int shared = Arrays.mismatch(previous, current);
        shared = shared < 0 ? current.length : shared;
        writeVarint(out, shared);
        writeVarint(out, current.length - shared);
        out.write(current, shared, current.length - shared);
      }
      previous = current;
    }
    offsets[offsets.length - 1] = out.size();
    return out.toByteArray();
  }

  static int blocks(int count) {
    return (count + BLOCK - 1) / BLOCK;
  }

  /**
   * Walks one block of {@code data} from {@code position}; {@code visitor} sees each string in
   * turn (in a reused buffer) and returns false to stop.
   */
  static void scan(ByteBuffer data, int position, int entries, Visitor visitor) {
    byte[] buffer = new byte[256];
    int length = 0;
    int[] at = {position};
    for (int i = 0; i < entries; i++) {
      int shared = i == 0 ? 0 : readVarint(data, at);
      int rest = readVarint(data, at);
      length = shared + rest;
      if (length > buffer.length) {
        buffer = Arrays.copyOf(buffer, Math.max(length, buffer.length * 2));
      }
      data.get(at[0], buffer, shared, rest);
      at[0] += rest;
      if (!visitor.visit(i, buffer, length)) {
        return;
      }
    }
  }

  /** Compares the first string of the block at {@code position} with {@code key}, unsigned. */
  static int compareFirst(ByteBuffer data, int position, byte[] key) {
    int[] at = {position};
    int length = readVarint(data, at);
    int n = Math.min(length, key.length);
    for (int i = 0; i < n; i++) {
      int c = Integer.compare(data.get(at[0] + i) & 0xFF, key[i] & 0xFF);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(length, key.length);
  }

  interface Visitor {
    boolean visit(int index, byte[] bytes, int length);
  }

  private static void writeVarint(ByteArrayOutputStream out, int value) {
    while ((value & ~0x7F) != 0) {
      out.write((value & 0x7F) | 0x80);
      value >>>= 7;
    }
    out.write(value);
  }

  private static int readVarint(ByteBuffer data, int[] at) {
    int value = 0;
    int shift = 0;
    while (true) {
      byte b = data.get(at[0]++);
      value |= (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return value;
      }
      shift += 7;
    }
  }
}
