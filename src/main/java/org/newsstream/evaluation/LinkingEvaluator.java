package org.newsstream.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsstream.enrichment.ArticleMemory;
import org.newsstream.enrichment.BundledText;
import org.newsstream.enrichment.entities.CanonicalResolver;
import org.newsstream.enrichment.entities.Demonyms;
import org.newsstream.enrichment.entities.Mention;
import org.newsstream.enrichment.linking.EntityLinker;
import org.newsstream.enrichment.linking.Link;
import org.newsstream.schema.Entity;
import org.newsstream.schema.EntityType;

/**
 * Scores the entity linker on the labelled CoNLL-2003 dev mentions bundled as
 * {@value #LABELS}. Each document is one article: every gold PER/ORG/LOC mention, labelled or
 * not, goes in reading order through the article's {@link CanonicalResolver} (so "Lebed" after
 * "Alexander Lebed" carries the full name, as in the stream) and then through the linker; the
 * labelled ones are compared with their expected title. Gold spans and types isolate the linker
 * from the tagger's errors.
 */
public final class LinkingEvaluator {
  public static final String LABELS = "/org/newsstream/evaluation/linking-conll2003-dev.tsv";

  private LinkingEvaluator() {}

  /** One labelled mention: where it is and what it should link to. */
  public record Label(int document, int sentence, int firstToken, int endToken, String type,
      String mention, String title) {}

  /** One mention the linker got wrong or left unlinked. */
  public record Miss(Label label, String id) {}

  /**
   * @param nanosPerLink mean wall-clock time of one {@link EntityLinker#link} call
   */
  public record Report(int mentions, int linked, int correct, List<Miss> misses,
      double nanosPerLink) {
    public double linkedShare() {
      return mentions == 0 ? 0 : (double) linked / mentions;
    }

    public double accuracyOnLinked() {
      return linked == 0 ? 0 : (double) correct / linked;
    }
  }

  public static List<Label> bundledLabels() {
    List<Label> labels = new ArrayList<>();
    for (String line : BundledText.lines(LABELS)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t");
      labels.add(new Label(Integer.parseInt(c[0]), Integer.parseInt(c[1]), Integer.parseInt(c[2]),
          Integer.parseInt(c[3]), c[4], c[5], c[6]));
    }
    return labels;
  }

  public static Report evaluate(EntityLinker linker, List<ConllDocuments.Document> documents,
      List<Label> labels) {
    Map<String, Label> byPlace = new HashMap<>();
    for (Label label : labels) {
      byPlace.put(label.document() + "/" + label.sentence() + "/" + label.firstToken(), label);
    }
    CanonicalResolver resolver = new CanonicalResolver(Demonyms.bundled(), true);
    int linked = 0;
    int correct = 0;
    int seen = 0;
    long nanos = 0;
    long calls = 0;
    List<Miss> misses = new ArrayList<>();
    for (int d = 0; d < documents.size(); d++) {
      ArticleMemory memory = ArticleMemory.empty();
      List<ConllDocuments.Sentence> sentences = documents.get(d).sentences();
      for (int s = 0; s < sentences.size(); s++) {
        ConllDocuments.Sentence sentence = sentences.get(s);
        String text = String.join(" ", sentence.words());
        CanonicalResolver.Session names = resolver.open(memory);
        for (Chunks.Chunk chunk : Chunks.of(sentence.tags())) {
          EntityType type = type(chunk.type());
          if (type == null) {
            continue;
          }
          int start = offset(sentence.words(), chunk.start());
          int end = offset(sentence.words(), chunk.end()) - 1;
          Mention mention = new Mention(text.substring(start, end), type, start, end);
          Entity entity = names.resolve(mention);
          long started = System.nanoTime();
          Link link = linker.link(entity.getText(), entity.getCanonical(), entity.getType());
          nanos += System.nanoTime() - started;
          calls++;
          Label label = byPlace.get(d + "/" + s + "/" + chunk.start());
          if (label == null) {
            continue;
          }
          if (!label.mention().equals(mention.text())) {
            throw new IllegalStateException("label does not match the data at " + label
                + ": found \"" + mention.text() + "\"; is --data the CoNLL-2003 dev split?");
          }
          seen++;
          if (link.linked()) {
            linked++;
            if (link.id().equals("wikipedia:" + label.title())) {
              correct++;
              continue;
            }
          }
          misses.add(new Miss(label, link.id()));
        }
      }
    }
    if (seen != labels.size()) {
      throw new IllegalStateException("found " + seen + " of " + labels.size()
          + " labelled mentions in the data; is --data the CoNLL-2003 dev split?");
    }
    misses.sort(Comparator.comparing((Miss m) -> m.label().document())
        .thenComparing(m -> m.label().sentence()));
    return new Report(seen, linked, correct, misses, calls == 0 ? 0 : (double) nanos / calls);
  }

  private static EntityType type(String conll) {
    return switch (conll) {
      case "PER" -> EntityType.PERSON;
      case "ORG" -> EntityType.ORGANIZATION;
      case "LOC" -> EntityType.LOCATION;
      default -> null;
    };
  }

  /** Character offset of token {@code index} in the words joined by single spaces. */
  private static int offset(List<String> words, int index) {
    int offset = 0;
    for (int i = 0; i < index && i < words.size(); i++) {
      offset += words.get(i).length() + 1;
    }
    return offset;
  }
}
