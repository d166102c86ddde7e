package org.newsstream.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads CoNLL-2003 files ({@code word POS chunk NER} per line) into documents of sentences. */
public final class ConllDocuments {
  /** One sentence: its tokens and gold NER tags. */
  public record Sentence(List<String> words, List<String> tags) {
    public Sentence {
      words = List.copyOf(words);
      tags = List.copyOf(tags);
    }
  }

  /** One -DOCSTART- document (a Reuters article). */
  public record Document(List<Sentence> sentences) {
    public Document {
      sentences = List.copyOf(sentences);
    }
  }

  private ConllDocuments() {}

  /** The documents of a CoNLL file. */
  public static List<Document> read(Path file) throws IOException {
    return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
  }

  /** The documents in these lines; text before the first -DOCSTART- forms a document too. */
  public static List<Document> parse(List<String> lines) {
    List<Document> documents = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    List<String> words = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    for (String line : lines) {
      String trimmed = line.trim();
      if (trimmed.isEmpty() || trimmed.startsWith("-DOCSTART-")) {
        if (!words.isEmpty()) {
          sentences.add(new Sentence(words, tags));
          words = new ArrayList<>();
          tags = new ArrayList<>();
        }
        if (trimmed.startsWith("-DOCSTART-") && !sentences.isEmpty()) {
          documents.add(new Document(sentences));
          sentences = new ArrayList<>();
        }
        continue;
      }
      String[] columns = trimmed.split("\\s+");
      words.add(columns[0]);
      tags.add(columns[columns.length - 1]);
    }
    if (!words.isEmpty()) {
      sentences.add(new Sentence(words, tags));
    }
    if (!sentences.isEmpty()) {
      documents.add(new Document(sentences));
    }
    return documents;
  }

  /**
   * Paragraphs of two consecutive sentences of one document (tokens joined by spaces), with the
   * gold entities' text as names; for measuring duplicate marking on news prose.
   */
  public static List<DedupEvaluator.Item> sentencePairs(List<Document> documents) {
    List<DedupEvaluator.Item> items = new ArrayList<>();
    for (Document document : documents) {
      List<Sentence> sentences = document.sentences();
      for (int i = 0; i + 1 < sentences.size(); i += 2) {
        List<String> names = new ArrayList<>();
        for (Sentence sentence : List.of(sentences.get(i), sentences.get(i + 1))) {
          for (Chunks.Chunk chunk : Chunks.of(sentence.tags())) {
            names.add(String.join(" ", sentence.words().subList(chunk.start(), chunk.end())));
          }
        }
        items.add(new DedupEvaluator.Item(String.join(" ", sentences.get(i).words()) + " "
            + String.join(" ", sentences.get(i + 1).words()), names));
      }
    }
    return items;
  }
}
