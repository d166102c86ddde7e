package org.newsstream.evaluation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsstream.enrichment.Annotation;
import org.newsstream.enrichment.ArticleMemory;
import org.newsstream.enrichment.BundledText;
import org.newsstream.enrichment.ParagraphEnricher;
import org.newsstream.schema.Entity;
import org.newsstream.schema.EntityType;

/**
 * Scores the entities of non-English paragraphs against labelled sentences ({@value #BUNDLED},
 * written for the project, see its SOURCE.md), through the whole enricher: the language
 * detector decides which model runs, as in the stream. A predicted entity counts when its
 * offsets and type equal a labelled one's; MISC is neither labelled nor scored.
 */
public final class OtherLanguageNerEvaluator {
  public static final String BUNDLED = "/org/newsstream/evaluation/ner-languages.tsv";
  private static final Pattern MARK = Pattern.compile("\\[(PER|LOC|ORG) ([^\\[\\]]+)]");

  private OtherLanguageNerEvaluator() {}

  /** A labelled entity: offsets into the sentence's plain text, end exclusive. */
  public record Span(int start, int end, EntityType type) {}

  /** A sentence without its markup, and the entities the markup named. */
  public record Labelled(String language, String text, List<Span> entities) {}

  /** A sentence with an entity missed or invented, and the language it was taken for. */
  public record Mistake(Labelled sentence, String detected, List<Span> missed, List<Span> invented) {}

  /**
   * @param byLanguage per language, PER/LOC/ORG entities found, invented and missed
   * @param detectedAs per language, how many of its sentences the detector took for another
   * @param millisPerSentence per language, mean enrichment time per sentence
   */
  public record Report(Map<String, Counts> byLanguage, Map<String, Map<EntityType, Counts>> byType,
      Map<String, Integer> detectedAs, Map<String, Integer> sentences,
      Map<String, Double> millisPerSentence, List<Mistake> mistakes) {}

  /** {@code marked} with its {@code [TYPE span]} marks removed, and the spans they mark. */
  public static Labelled parse(String language, String marked) {
    StringBuilder text = new StringBuilder();
    List<Span> spans = new ArrayList<>();
    Matcher m = MARK.matcher(marked);
    int done = 0;
    while (m.find()) {
      text.append(marked, done, m.start());
      int start = text.length();
      text.append(m.group(2));
      spans.add(new Span(start, text.length(), switch (m.group(1)) {
        case "PER" -> EntityType.PERSON;
        case "LOC" -> EntityType.LOCATION;
        default -> EntityType.ORGANIZATION;
      }));
      done = m.end();
    }
    text.append(marked.substring(done));
    if (text.indexOf("[") >= 0 || text.indexOf("]") >= 0) {
      throw new IllegalArgumentException("unreadable mark in: " + marked);
    }
    return new Labelled(language, text.toString(), spans);
  }

  public static List<Labelled> bundled() {
    List<Labelled> out = new ArrayList<>();
    for (String line : BundledText.records(BUNDLED)) {
      int tab = line.indexOf('\t');
      out.add(parse(line.substring(0, tab), line.substring(tab + 1)));
    }
    return out;
  }

  /** Each sentence is an article of its own: no memory carries names from one to the next. */
  public static Report evaluate(ParagraphEnricher enricher, List<Labelled> sentences) {
    Map<String, Map<EntityType, Counts>> byType = new TreeMap<>();
    Map<String, Integer> detectedAs = new TreeMap<>();
    Map<String, Integer> counted = new TreeMap<>();
    Map<String, Long> nanos = new TreeMap<>();
    List<Mistake> mistakes = new ArrayList<>();
    for (Labelled sentence : sentences) {
      long started = System.nanoTime();
      Annotation annotation = enricher.annotate(sentence.text(), ArticleMemory.empty());
      nanos.merge(sentence.language(), System.nanoTime() - started, Long::sum);
      counted.merge(sentence.language(), 1, Integer::sum);
      if (!annotation.language().equals(sentence.language())) {
        detectedAs.merge(sentence.language(), 1, Integer::sum);
      }
      Set<Span> predicted = new HashSet<>();
      for (Entity e : annotation.entities()) {
        if (e.getType() != EntityType.MISC) {
          predicted.add(new Span(e.getStart(), e.getEnd(), e.getType()));
        }
      }
      Map<EntityType, Counts> counts =
          byType.computeIfAbsent(sentence.language(), k -> new TreeMap<>());
      for (Span gold : sentence.entities()) {
        counts.merge(gold.type(), predicted.contains(gold)
            ? new Counts(1, 0, 0) : new Counts(0, 0, 1), Counts::plus);
      }
      Set<Span> gold = new HashSet<>(sentence.entities());
      List<Span> invented = predicted.stream().filter(p -> !gold.contains(p))
          .sorted(java.util.Comparator.comparingInt(Span::start)).toList();
      invented.forEach(p -> counts.merge(p.type(), new Counts(0, 1, 0), Counts::plus));
      List<Span> missed = sentence.entities().stream().filter(g -> !predicted.contains(g)).toList();
      if (!missed.isEmpty() || !invented.isEmpty()) {
        mistakes.add(new Mistake(sentence, annotation.language(), missed, invented));
      }
    }
    Map<String, Counts> byLanguage = new TreeMap<>();
    byType.forEach((language, counts) -> byLanguage.put(language,
        counts.values().stream().reduce(Counts.ZERO, Counts::plus)));
    Map<String, Double> millis = new TreeMap<>();
    nanos.forEach((language, n) -> millis.put(language, n / 1e6 / counted.get(language)));
    return new Report(byLanguage, byType, detectedAs, counted, millis, mistakes);
  }
}
