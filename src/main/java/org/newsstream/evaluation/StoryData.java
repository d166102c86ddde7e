package org.newsstream.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the UCI News Aggregator story file ({@code stories/SOURCE.md}): a header line {@code ID
 * TITLE PUBLISHER CATEGORY STORY HOSTNAME TIMESTAMP}, then one tab-separated headline per line,
 * in publication order.
 */
public final class StoryData {
  private static final String HEADER = "ID\tTITLE\tPUBLISHER\tCATEGORY\tSTORY\tHOSTNAME\tTIMESTAMP";

  private StoryData() {}

  /** One headline and the story it truly belongs to. */
  public record Headline(String id, String title, String publisher, String story,
      long timestamp) {}

  public static List<Headline> read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (lines.isEmpty() || !lines.get(0).strip().equals(HEADER)) {
      throw new IllegalArgumentException(file + ": expected the header " + HEADER.replace('\t', ' '));
    }
    List<Headline> headlines = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      String[] c = lines.get(i).split("\t", -1);
      if (c.length != 7) {
        throw new IllegalArgumentException(file + " line " + (i + 1) + ": expected 7 "
            + "tab-separated columns, found " + c.length);
      }
      try {
        headlines.add(new Headline(c[0], c[1], c[2], c[4], Long.parseLong(c[6].strip())));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(file + " line " + (i + 1) + ": TIMESTAMP is not "
            + "epoch milliseconds: " + c[6]);
      }
    }
    return headlines;
  }
}
