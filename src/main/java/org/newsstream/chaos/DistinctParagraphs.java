package org.newsstream.chaos;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.newsstream.schema.Paragraph;

/**
 * News-like paragraphs that are all different from each other, from a seeded generator. Copies of
 * one article would do for load, but not for checking exactness: which of two near-copies is
 * marked the duplicate (and so raises no alert) depends on arrival order across partitions, so a
 * run with kills could differ from one without for reasons that have nothing to do with loss.
 */
final class DistinctParagraphs {
  private static final String[] PEOPLE = {"Angela Merkel", "Emmanuel Macron", "Joe Biden",
      "Olaf Scholz", "Volodymyr Zelensky", "Vladimir Putin", "Rishi Sunak", "Giorgia Meloni",
      "Pedro Sanchez", "Justin Trudeau", "Narendra Modi", "Xi Jinping", "Fumio Kishida",
      "Luiz Inacio Lula da Silva", "Cyril Ramaphosa", "Recep Tayyip Erdogan", "Jacinda Ardern",
      "Mark Rutte", "Ursula von der Leyen", "Antonio Guterres", "Jens Stoltenberg",
      "Christine Lagarde", "Jerome Powell", "Andrii Kovalenko"};
  private static final String[] PLACES = {"Berlin", "Paris", "Washington", "Kyiv", "Moscow",
      "London", "Rome", "Madrid", "Ottawa", "New Delhi", "Beijing", "Tokyo", "Brasilia",
      "Pretoria", "Ankara", "Wellington", "The Hague", "Brussels", "Geneva", "Warsaw", "Oslo",
      "Lisbon", "Vienna", "Prague", "Nairobi", "Cairo", "Seoul", "Hanoi", "Lima", "Quito"};
  private static final String[] ORGS = {"Siemens", "Reuters", "the European Commission",
      "NATO", "the United Nations", "the World Bank", "Gazprom", "Toyota", "Airbus",
      "the International Monetary Fund", "Volkswagen", "Nestle", "Shell", "Unilever"};
  private static final String[] NOUNS = {"workers", "soldiers", "refugees", "voters", "farmers",
      "students", "doctors", "pilots", "miners", "teachers", "engineers", "nurses", "drivers"};
  private static final String[] VERBS = {"left", "joined", "criticised", "praised", "sued",
      "blocked", "funded", "questioned", "visited", "warned", "supported", "rejected"};
  private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
      "Saturday", "Sunday"};
  private static final String[] HEDGES = {"", "", "", " according to officials",
      " although this could not be independently confirmed", " a spokesman said",
      " reports suggested"};

  private DistinctParagraphs() {}

  /** {@code count} paragraphs in articles of up to 6 paragraphs, published at {@code at}. */
  static List<Paragraph> of(int count, long seed, Instant at) {
    Random random = new Random(seed);
    List<Paragraph> paragraphs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String articleId = String.format("chaos-%05d", i / 6);
      String text = sentence(random, i) + " " + sentence(random, i + 100_000);
      paragraphs.add(Paragraph.newBuilder().setArticleId(articleId).setIndex(i % 6).setText(text)
          .setSource("chaos").setPublishedAt(at).build());
    }
    return paragraphs;
  }

  private static String sentence(Random r, int serial) {
    return pick(r, PEOPLE) + " said on " + pick(r, DAYS) + " that " + (100 + serial) + " "
        + pick(r, NOUNS) + " in " + pick(r, PLACES) + " had " + pick(r, VERBS) + " "
        + pick(r, ORGS) + pick(r, HEDGES) + ".";
  }

  private static String pick(Random r, String[] options) {
    return options[r.nextInt(options.length)];
  }
}
