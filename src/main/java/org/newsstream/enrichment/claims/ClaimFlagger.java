package org.newsstream.enrichment.claims;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsstream.schema.ClaimFlag;

/**
 * Finds why a sentence may be worth checking, from its wording alone. All patterns are free of
 * nested quantifiers, so they run in linear time on any input. Pure and thread-safe.
 */
public final class ClaimFlagger {
  private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final Pattern NUMERIC =
      Pattern.compile(
          "\\d|%|[$€£¥]|\\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
              + "fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|"
              + "thousands?|millions?|billions?|trillions?|dozens?|percent|per cent|half|"
              + "twice|double|triple|tripled|doubled|halved)\\b",
          CI);

  /** Reporting verbs and phrases; group 0 is where the attribution sits in the sentence. */
  static final Pattern REPORTING =
      Pattern.compile(
          "\\b(?:says?|said|saying|tells?|told|warn(?:s|ed)?|reveal(?:s|ed)?|reports|reported|"
              + "claim(?:s|ed)|stated|announc(?:es|ed)|insist(?:s|ed)|adds|added|"
              + "confirm(?:s|ed)|den(?:y|ies|ied)|alleg(?:es|ed)|accus(?:es|ed)|argu(?:es|ed)|"
              + "estimated|suggest(?:s|ed)|noted|explain(?:s|ed)|acknowledg(?:es|ed)|"
              + "admit(?:s|ted)|testified|wrote|writes|according to)\\b",
          CI);

  private static final Pattern HEDGED =
      Pattern.compile(
          "\\b(?:appear(?:s|ed)? to|seem(?:s|ed)? to|could not be|cannot be|can ?not be|"
              + "(?:has|have) not been (?:independently )?(?:confirmed|verified)|"
              + "unconfirmed|unverified|reportedly|allegedly|purportedly|supposedly|apparently|"
              + "(?:is|are) being (?:checked|verified|investigated)|may have|might have|"
              + "possibly|rumou?r(?:s|ed)?|it is (?:believed|thought|understood)|"
              + "(?:is|are|was|were) (?:said|believed|thought) to|not (?:yet )?known|"
              + "(?:is|remains|it is) unclear|don't know|do not know|not clear)\\b",
          CI);

  private static final Pattern PREDICTION =
      Pattern.compile(
          "\\b(?:will (?!of\\b)\\p{L}|won't|shall|(?:is|are|was|were) (?:expected|set|likely|"
              + "due|poised|projected|forecast|predicted|going) to|forecasts?|forecasted|"
              + "predicts?|predicted|next (?:year|month|week))|'ll\\b|’ll\\b",
          CI);

  private ClaimFlagger() {}

  /** The flags that {@code sentence} earns. */
  public static Set<ClaimFlag> flags(String sentence) {
    EnumSet<ClaimFlag> flags = EnumSet.noneOf(ClaimFlag.class);
    if (NUMERIC.matcher(sentence).find()) {
      flags.add(ClaimFlag.NUMERIC);
    }
    if (REPORTING.matcher(sentence).find()) {
      flags.add(ClaimFlag.ATTRIBUTED);
    }
    if (isQuote(sentence)) {
      flags.add(ClaimFlag.QUOTE);
    }
    if (HEDGED.matcher(sentence).find()) {
      flags.add(ClaimFlag.HEDGED);
    }
    if (PREDICTION.matcher(sentence).find()) {
      flags.add(ClaimFlag.PREDICTION);
    }
    return flags;
  }

  /** Where the first reporting verb or phrase is, if any. */
  static Matcher reporting(String sentence) {
    Matcher matcher = REPORTING.matcher(sentence);
    return matcher.find() ? matcher : null;
  }

  /**
   * Direct speech: a quotation mark followed by at least three words before the next one (or the
   * end, since news quotes often run on across paragraphs).
   */
  private static boolean isQuote(String sentence) {
    for (int i = 0; i < sentence.length(); i++) {
      if (Quotes.isMark(sentence.charAt(i))) {
        int words = 0;
        boolean inWord = false;
        int j = i + 1;
        for (; j < sentence.length() && !Quotes.isMark(sentence.charAt(j)); j++) {
          boolean letter = Character.isLetterOrDigit(sentence.charAt(j));
          words += letter && !inWord ? 1 : 0;
          inWord = letter;
        }
        if (words >= 3) {
          return true;
        }
        i = j;
      }
    }
    return false;
  }
}
