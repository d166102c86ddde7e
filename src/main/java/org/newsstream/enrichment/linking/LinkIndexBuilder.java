package org.newsstream.enrichment.linking;

import java.io.BufferedReader;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Builds the compact link index from CoreNLP's {@code wikidict.tab.gz} lines
 * ({@code mention TAB title TAB probability}), keeping what {@link MentionFilter} keeps and, per
 * mention, the most probable title. The dictionary is sorted by title, not by mention, so the kept
 * lines are gathered and sorted in memory (a few hundred MB for the real file, once), then
 * written to a temporary file that is moved into place whole: a crash leaves no half index.
 */
public final class LinkIndexBuilder {
  private static final Comparator<byte[]> UNSIGNED = Arrays::compareUnsigned;
  private static final long PROGRESS_EVERY = 1_000_000;

  private LinkIndexBuilder() {}

  /** What a build read and wrote. */
  public record Stats(long linesRead, int keys, int titles, long bytes) {}

  /**
   * Reads every line, writes the index to {@code target}.
   *
   * @param progress called with the number of lines read every million lines
   */
  public static Stats build(BufferedReader lines, Path target, LongConsumer progress)
      throws IOException {
    List<byte[]> entries = new ArrayList<>();
    long read = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      if (++read % PROGRESS_EVERY == 0) {
        progress.accept(read);
      }
      byte[] entry = parse(line);
      if (entry != null) {
        entries.add(entry);
      }
    }
    entries.sort(UNSIGNED);

    List<byte[]> keys = new ArrayList<>(entries.size());
    List<byte[]> titleOfKey = new ArrayList<>(entries.size());
    List<Byte> priors = new ArrayList<>(entries.size());
    int i = 0;
    while (i < entries.size()) {
      byte[] first = entries.get(i);
      int keyEnd = indexOf(first, 0);
      byte[] best = first;
      int j = i + 1;
      while (j < entries.size() && sameKey(first, keyEnd, entries.get(j))) {
        if ((prior(entries.get(j)) & 0xFF) > (prior(best) & 0xFF)) {
          best = entries.get(j);
        }
        j++;
      }
      keys.add(Arrays.copyOf(first, keyEnd));
      titleOfKey.add(Arrays.copyOfRange(best, keyEnd + 1, best.length - 2));
      priors.add(prior(best));
      i = j;
    }
    entries = null;

    List<byte[]> titles = new ArrayList<>();
    for (int k = 0; k < keys.size(); k++) {
      if (!isIdentity(keys.get(k), titleOfKey.get(k))) {
        titles.add(titleOfKey.get(k));
      }
    }
    titles.sort(UNSIGNED);
    titles = unique(titles);
    int[] refs = new int[keys.size()];
    for (int k = 0; k < keys.size(); k++) {
      byte[] title = titleOfKey.get(k);
      refs[k] = isIdentity(keys.get(k), title)
          ? IndexLayout.IDENTITY : 1 + Collections.binarySearch(titles, title, UNSIGNED);
    }
    long bytes = write(target, keys, refs, priors, titles);
    return new Stats(read, keys.size(), titles.size(), bytes);
  }

  /** key NUL title NUL prior, or null for a line the filter drops or that is malformed. */
  private static byte[] parse(String line) {
    int tab1 = line.indexOf('\t');
    int tab2 = tab1 < 0 ? -1 : line.indexOf('\t', tab1 + 1);
    if (tab2 < 0) {
      return null;
    }
    String mention = line.substring(0, tab1);
    String title = line.substring(tab1 + 1, tab2);
    double probability;
    try {
      probability = Double.parseDouble(line.substring(tab2 + 1).trim());
    } catch (NumberFormatException e) {
      return null;
    }
    if (title.isEmpty() || title.indexOf('\0') >= 0 || !MentionFilter.keeps(mention, probability)) {
      return null;
    }
    byte[] key = mention.getBytes(StandardCharsets.UTF_8);
    byte[] value = title.getBytes(StandardCharsets.UTF_8);
    byte[] entry = new byte[key.length + value.length + 3];
    System.arraycopy(key, 0, entry, 0, key.length);
    System.arraycopy(value, 0, entry, key.length + 1, value.length);
    entry[entry.length - 1] = IndexLayout.encodePrior(probability);
    return entry;
  }

  private static long write(Path target, List<byte[]> keys, int[] refs, List<Byte> priors,
      List<byte[]> titles) throws IOException {
    int[] keyOffsets = new int[FrontCoding.blocks(keys.size()) + 1];
    byte[] keyData = FrontCoding.encode(keys, keyOffsets);
    int[] titleOffsets = new int[FrontCoding.blocks(titles.size()) + 1];
    byte[] titleData = FrontCoding.encode(titles, titleOffsets);

    long keyOffsetsAt = IndexLayout.HEADER_BYTES;
    long keysAt = keyOffsetsAt + 4L * keyOffsets.length;
    long refsAt = keysAt + keyData.length;
    long priorsAt = refsAt + 4L * refs.length;
    long titleOffsetsAt = priorsAt + priors.size();
    long titlesAt = titleOffsetsAt + 4L * titleOffsets.length;
    long length = titlesAt + titleData.length;
    if (length > Integer.MAX_VALUE) {
      throw new IOException("link index would exceed 2 GB: " + length + " bytes");
    }
    Path directory = target.toAbsolutePath().getParent();
    Files.createDirectories(directory);
    Path temporary = Files.createTempFile(directory, target.getFileName().toString(), ".partial");
    try (OutputStream file = Files.newOutputStream(temporary);
        DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(file, 1 << 20))) {
      out.writeLong(IndexLayout.MAGIC);
      out.writeInt(keys.size());
      out.writeInt(titles.size());
      for (long position : new long[] {keyOffsetsAt, keysAt, refsAt, priorsAt, titleOffsetsAt,
          titlesAt, length}) {
        out.writeInt((int) position);
      }
      for (int offset : keyOffsets) {
        out.writeInt(offset);
      }
      out.write(keyData);
      for (int ref : refs) {
        out.writeInt(ref);
      }
      for (Byte prior : priors) {
        out.writeByte(prior);
      }
      for (int offset : titleOffsets) {
        out.writeInt(offset);
      }
      out.write(titleData);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temporary);
      throw e;
    }
    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
    return length;
  }

  /** The title is the mention with underscores for spaces: stored as a flag, not a string. */
  static boolean isIdentity(byte[] key, byte[] title) {
    if (key.length != title.length) {
      return false;
    }
    for (int i = 0; i < key.length; i++) {
      byte k = key[i] == ' ' ? (byte) '_' : key[i];
      if (k != title[i]) {
        return false;
      }
    }
    return true;
  }

  private static List<byte[]> unique(List<byte[]> sorted) {
    List<byte[]> out = new ArrayList<>(sorted.size());
    for (byte[] b : sorted) {
      if (out.isEmpty() || !Arrays.equals(out.get(out.size() - 1), b)) {
        out.add(b);
      }
    }
    return out;
  }

  private static boolean sameKey(byte[] first, int keyEnd, byte[] other) {
    return other.length > keyEnd && other[keyEnd] == 0
        && Arrays.equals(first, 0, keyEnd, other, 0, keyEnd);
  }

  private static int indexOf(byte[] bytes, int value) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == value) {
        return i;
      }
    }
    return -1;
  }

  private static byte prior(byte[] entry) {
    return entry[entry.length - 1];
  }
}
