package org.newsstream.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Readers of the sentiment evaluation sets in {@code ../shared/data/sentiment}. */
public final class SentimentData {
  /** A text with the mean of its human ratings (VADER NYT set: -4 .. +4). */
  public record Rated(String text, double rating) {}

  /** A text with a class label (Financial PhraseBank: positive, negative, neutral). */
  public record Labelled(String text, String label) {}

  private SentimentData() {}

  /** {@code nytEditorialSnippets_GroundTruth.txt}: {@code ID TAB mean TAB text}, CRLF. */
  public static List<Rated> readNyt(Path file) throws IOException {
    List<Rated> rated = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] columns = line.split("\t", 3);
      if (columns.length == 3) {
        rated.add(new Rated(columns[2].strip(), Double.parseDouble(columns[1].strip())));
      }
    }
    return rated;
  }

  /**
   * A Financial PhraseBank file: ISO-8859-1, {@code sentence@label} per line. A line without a
   * label is the head of the next one (AllAgree has one such fragment) and is joined to it.
   */
  public static List<Labelled> readPhraseBank(Path file) throws IOException {
    return parsePhraseBank(Files.readAllLines(file, StandardCharsets.ISO_8859_1));
  }

  /** See {@link #readPhraseBank}. */
  public static List<Labelled> parsePhraseBank(List<String> lines) {
    List<Labelled> labelled = new ArrayList<>();
    StringBuilder pending = new StringBuilder();
    for (String line : lines) {
      int at = line.lastIndexOf('@');
      String label = at < 0 ? "" : line.substring(at + 1).strip();
      if (!label.equals("positive") && !label.equals("negative") && !label.equals("neutral")) {
        pending.append(line.strip()).append(' ');
        continue;
      }
      labelled.add(new Labelled(pending + line.substring(0, at).strip(), label));
      pending.setLength(0);
    }
    return labelled;
  }

  /** NYT snippets two at a time: paragraphs of real news prose, as many as asked (cycling). */
  public static List<String> snippetPairs(List<SentimentData.Rated> snippets, int count) {
    List<String> paragraphs = new ArrayList<>(count);
    for (int i = 0; paragraphs.size() < count; i += 2) {
      int a = i % snippets.size();
      int b = (i + 1) % snippets.size();
      paragraphs.add(snippets.get(a).text() + " " + snippets.get(b).text());
    }
    return paragraphs;
  }
}
