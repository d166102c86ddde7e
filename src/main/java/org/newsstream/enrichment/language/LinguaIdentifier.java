package org.newsstream.enrichment.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import java.util.SortedMap;

/**
 * Lingua's n-gram detector (models bundled in its jar), over the languages news reaches us in
 * most. Loading only these, not Lingua's 75, keeps its memory to what they need; a paragraph in
 * another language is reported as the closest of them, which still keeps the English models off it.
 * High-accuracy mode, although it holds 317 MB of models (loaded in about 7 s on the first
 * paragraph that is not plainly English): low-accuracy mode (21 MB) took 4 CoNLL-2003 English
 * sentences for German or Swedish ("Two die as New Hampshire motel explodes and burns"), which
 * would silently drop their entities; high-accuracy mode takes none.
 *
 * <p>Short or mixed text stays English unless the detector is sure: fewer than
 * {@value #MIN_LETTERS} letters in lower-case words is always English (a dateline, a results
 * line, a headline in capitals), and a paragraph
 * for which English is within {@value #MIN_RELATIVE_DISTANCE} of the likeliest language is English
 * too. Two close non-English candidates give the likelier one.
 */
public final class LinguaIdentifier implements LanguageIdentifier {
  static final int MIN_LETTERS = 20;
  static final double MIN_RELATIVE_DISTANCE = 0.1;
  private static final Language[] LANGUAGES = {
      Language.ENGLISH, Language.GERMAN, Language.FRENCH, Language.SPANISH, Language.ITALIAN,
      Language.PORTUGUESE, Language.DUTCH, Language.POLISH, Language.RUSSIAN, Language.UKRAINIAN,
      Language.TURKISH, Language.ARABIC, Language.CHINESE, Language.JAPANESE, Language.KOREAN,
      Language.SWEDISH};

  private final LanguageDetector detector = LanguageDetectorBuilder.fromLanguages(LANGUAGES)
      .withMinimumRelativeDistance(MIN_RELATIVE_DISTANCE).build();

  @Override
  public String languageOf(String paragraph) {
    if (EnglishFunctionWords.plainlyEnglish(paragraph)) {
      return "en";
    }
    // Names are no evidence of a language: a results line ("Ajax Amsterdam 3 PSV Eindhoven 1")
    // or a list of places would otherwise be Dutch or Spanish. Only words in lower case count.
    String text = lowerCaseWords(paragraph);
    if (letters(text) < MIN_LETTERS) {
      return "en";
    }
    Language detected = detector.detectLanguageOf(text);
    if (detected == Language.ENGLISH) {
      return "en";
    }
    if (detected == Language.UNKNOWN) {
      // Unsure which language, but the question that matters is whether it is English: close
      // Romance neighbours ("cancela cientos de vuelos") leave Spanish and Portuguese within
      // the distance of each other while English is far behind. Take the likeliest then, but
      // stay English whenever English itself is among the close candidates.
      SortedMap<Language, Double> confidence = detector.computeLanguageConfidenceValues(text);
      if (confidence.isEmpty()) {
        return "en";
      }
      detected = confidence.firstKey();
      double top = confidence.get(detected);
      double english = confidence.getOrDefault(Language.ENGLISH, 0.0);
      if (detected == Language.ENGLISH || top - english < MIN_RELATIVE_DISTANCE) {
        return "en";
      }
    }
    return detected.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
  }

  /** The words that start with a lower-case letter, joined by spaces. */
  static String lowerCaseWords(String text) {
    StringBuilder kept = new StringBuilder(text.length());
    for (String word : text.split("[\\s\\p{Punct}«»“”„‘’–—]+")) {
      if (!word.isEmpty() && Character.isLowerCase(word.codePointAt(0))) {
        if (kept.length() > 0) {
          kept.append(' ');
        }
        kept.append(word);
      }
    }
    return kept.toString();
  }

  private static int letters(String text) {
    int letters = 0;
    for (int i = 0; i < text.length() && letters < MIN_LETTERS; i++) {
      if (Character.isLetter(text.charAt(i))) {
        letters++;
      }
    }
    return letters;
  }
}
