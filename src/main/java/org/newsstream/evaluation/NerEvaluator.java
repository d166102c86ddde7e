package org.newsstream.evaluation;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.newsstream.enrichment.Annotation;
import org.newsstream.enrichment.ArticleMemory;
import org.newsstream.enrichment.ParagraphEnricher;
import org.newsstream.evaluation.Chunks.Chunk;
import org.newsstream.schema.Entity;

/**
 * conlleval-style entity scoring (exact span and type) of an enricher on CoNLL-2003. Each
 * document is one article, each of its sentences one paragraph (so article-level memory works as
 * in production); tokens are joined by single spaces and predicted character spans mapped back
 * to the gold tokens.
 */
public final class NerEvaluator {
  /** Overall and per-type counts, plus how long the enricher took. */
  public record Report(
      Counts overall, Map<String, Counts> byType, int sentences, long tokens, double seconds,
      int truncated) {}

  private NerEvaluator() {}

  /** Runs the enricher over the documents, one article each, and scores its entities. */
  public static Report evaluate(ParagraphEnricher enricher, List<ConllDocuments.Document> docs) {
    return evaluate(enricher, docs, true);
  }

  /**
   * Runs the enricher over the documents and scores its entities.
   *
   * @param perArticle true: a document's sentences share one article memory; false: every
   *     sentence is an article of its own (to measure what article-level memory adds)
   */
  public static Report evaluate(
      ParagraphEnricher enricher, List<ConllDocuments.Document> docs, boolean perArticle) {
    Counts overall = Counts.ZERO;
    Map<String, Counts> byType = new TreeMap<>();
    int sentences = 0;
    long tokens = 0;
    int truncated = 0;
    long started = System.nanoTime();
    for (ConllDocuments.Document document : docs) {
      ArticleMemory memory = ArticleMemory.empty();
      for (ConllDocuments.Sentence sentence : document.sentences()) {
        if (!perArticle) {
          memory = ArticleMemory.empty();
        }
        String text = String.join(" ", sentence.words());
        Annotation annotation = enricher.annotate(text, memory);
        truncated += annotation.truncated() ? 1 : 0;
        List<String> predicted = predictedTags(sentence.words(), annotation.entities());
        Set<Chunk> gold = Chunks.of(sentence.tags());
        Set<Chunk> guess = Chunks.of(predicted);
        for (String type : types(gold, guess)) {
          Counts counts = score(filter(gold, type), filter(guess, type));
          byType.merge(type, counts, Counts::plus);
          overall = overall.plus(counts);
        }
        sentences++;
        tokens += sentence.words().size();
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    return new Report(overall, byType, sentences, tokens, seconds, truncated);
  }

  /**
   * IOB2 tags of space-joined {@code words} from entities with character offsets: a token takes
   * the type of the entity its first character falls in.
   */
  public static List<String> predictedTags(List<String> words, List<Entity> entities) {
    String[] tags = new String[words.size()];
    Arrays.fill(tags, "O");
    int offset = 0;
    Entity previous = null;
    for (int i = 0; i < words.size(); i++) {
      Entity covering = null;
      for (Entity e : entities) {
        if (offset >= e.getStart() && offset < e.getEnd()) {
          covering = e;
          break;
        }
      }
      if (covering != null) {
        tags[i] = (covering == previous ? "I-" : "B-") + conllType(covering);
      }
      previous = covering;
      offset += words.get(i).length() + 1;
    }
    return List.of(tags);
  }

  private static String conllType(Entity entity) {
    return switch (entity.getType()) {
      case PERSON -> "PER";
      case ORGANIZATION -> "ORG";
      case LOCATION -> "LOC";
      case MISC -> "MISC";
    };
  }

  private static Set<String> types(Set<Chunk> gold, Set<Chunk> guess) {
    Set<String> types = new java.util.TreeSet<>();
    gold.forEach(c -> types.add(c.type()));
    guess.forEach(c -> types.add(c.type()));
    return types;
  }

  private static Set<Chunk> filter(Set<Chunk> chunks, String type) {
    Set<Chunk> result = new java.util.HashSet<>();
    chunks.stream().filter(c -> c.type().equals(type)).forEach(result::add);
    return result;
  }

  private static Counts score(Set<Chunk> gold, Set<Chunk> guess) {
    long tp = guess.stream().filter(gold::contains).count();
    return new Counts(tp, guess.size() - tp, gold.size() - tp);
  }
}
