package org.newsstream.enrichment.linking;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Optional;

/**
 * The mention → title prior, read from a file written by {@link LinkIndexBuilder} and mapped into
 * memory: the process holds no per-entry objects, and only the pages lookups touch become
 * resident. A lookup binary-searches the key blocks and scans one block. Immutable and
 * thread-safe (absolute reads only on a read-only buffer).
 */
public final class LinkIndex {
  private final ByteBuffer data;
  private final int keyCount;
  private final int titleCount;
  private final int keyOffsetsAt;
  private final int keysAt;
  private final int refsAt;
  private final int priorsAt;
  private final int titleOffsetsAt;
  private final int titlesAt;

  private LinkIndex(ByteBuffer data) throws IOException {
    this.data = data;
    if (data.capacity() < IndexLayout.HEADER_BYTES || data.getLong(0) != IndexLayout.MAGIC) {
      throw new IOException("not a Newsstream link index (or an older version)");
    }
    this.keyCount = data.getInt(8);
    this.titleCount = data.getInt(12);
    this.keyOffsetsAt = data.getInt(16);
    this.keysAt = data.getInt(20);
    this.refsAt = data.getInt(24);
    this.priorsAt = data.getInt(28);
    this.titleOffsetsAt = data.getInt(32);
    this.titlesAt = data.getInt(36);
    if (data.getInt(40) != data.capacity()) {
      throw new IOException("link index is truncated: " + data.capacity() + " of "
          + data.getInt(40) + " bytes");
    }
  }

  /** Maps {@code file} read-only. */
  public static LinkIndex open(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      return new LinkIndex(channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size()));
    }
  }

  /** Number of mentions the index knows. */
  public int size() {
    return keyCount;
  }

  /** Number of titles stored as strings (the others equal their mention). */
  public int storedTitles() {
    return titleCount;
  }

  /** The dictionary's top title for exactly this mention (case and punctuation as written). */
  public Optional<Prior> lookup(String mention) {
    byte[] key = mention.getBytes(StandardCharsets.UTF_8);
    int blocks = FrontCoding.blocks(keyCount);
    int low = 0;
    int high = blocks - 1;
    int block = -1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int c = FrontCoding.compareFirst(data, keysAt + keyOffset(mid), key);
      if (c <= 0) {
        block = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    if (block < 0) {
      return Optional.empty();
    }
    int firstOfBlock = block * FrontCoding.BLOCK;
    int[] found = {-1};
    int entries = Math.min(FrontCoding.BLOCK, keyCount - firstOfBlock);
    FrontCoding.scan(data, keysAt + keyOffset(block), entries, (i, bytes, length) -> {
      int c = Arrays.compareUnsigned(bytes, 0, length, key, 0, key.length);
      if (c == 0) {
        found[0] = firstOfBlock + i;
      }
      return c < 0;
    });
    if (found[0] < 0) {
      return Optional.empty();
    }
    int index = found[0];
    int ref = data.getInt(refsAt + 4 * index);
    String title = ref == IndexLayout.IDENTITY ? mention.replace(' ', '_') : title(ref - 1);
    return Optional.of(new Prior(title, IndexLayout.decodePrior(data.get(priorsAt + index))));
  }

  private String title(int index) {
    int block = index / FrontCoding.BLOCK;
    String[] title = {null};
    int position = titlesAt + data.getInt(titleOffsetsAt + 4 * block);
    FrontCoding.scan(data, position, index % FrontCoding.BLOCK + 1, (i, bytes, length) -> {
      if (i == index % FrontCoding.BLOCK) {
        title[0] = new String(bytes, 0, length, StandardCharsets.UTF_8);
      }
      return true;
    });
    return title[0];
  }

  private int keyOffset(int block) {
    return data.getInt(keyOffsetsAt + 4 * block);
  }
}
