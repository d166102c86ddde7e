package org.newsstream.enrichment.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsstream.enrichment.text.Sentence;
import org.newsstream.schema.Claim;
import org.newsstream.schema.ClaimFlag;
import org.newsstream.schema.Entity;

/**
 * Turns a sentence into a claim when it earns at least one flag or the model finds it
 * check-worthy (score 0.5 or more): the sentence span, its flags, its source and the score.
 * The source of an attributed claim is whoever {@link SourceFinder} finds; a quote that opens the
 * sentence and names no speaker continues the quote of the article's current speaker, if any
 * (news runs one speaker's quote over several paragraphs, attributing it once). Thread-safe when
 * its model is.
 */
public final class ClaimExtractor {
  /** Fewer distinct words than this is debris ("a, a, a", a table row), not a statement. */
  private static final int MIN_WORDS = 3;

  private final CheckworthinessModel model;
  private final int maxChars;

  /** @param maxChars sentences longer than this are not claims (and are not pattern-matched) */
  public ClaimExtractor(CheckworthinessModel model, int maxChars) {
    this.model = model;
    this.maxChars = maxChars;
  }

  /**
   * The claim in {@code sentence}, if it is one; {@code entities} are the paragraph's and
   * {@code speakers} what the article said before this sentence about who speaks.
   */
  public Optional<Claim> extract(
      String paragraph, Sentence sentence, List<Entity> entities, Speakers speakers) {
    String text = sentence.text(paragraph);
    if (text.length() > maxChars || distinctWords(text) < MIN_WORDS) {
      return Optional.empty();
    }
    Set<ClaimFlag> flags = ClaimFlagger.flags(text);
    int inside = (int) entities.stream()
        .filter(e -> e.getStart() >= sentence.start() && e.getEnd() <= sentence.end())
        .count();
    double score = Math.max(0, Math.min(1, model.score(text, flags, inside)));
    if (flags.isEmpty() && score < 0.5) {
      return Optional.empty();
    }
    String source = null;
    if (flags.contains(ClaimFlag.ATTRIBUTED)) {
      source = SourceFinder.find(paragraph, sentence.start(), text, entities, speakers).orElse(null);
    } else if (flags.contains(ClaimFlag.QUOTE) && Quotes.opens(text)) {
      source = speakers.lastSpeaker();
    }
    return Optional.of(
        Claim.newBuilder()
            .setText(text)
            .setStart(sentence.start())
            .setEnd(sentence.end())
            .setFlags(new ArrayList<>(flags))
            .setCheckworthiness(score)
            .setSource(source)
            .build());
  }

  private static int distinctWords(String text) {
    java.util.Set<String> words = new java.util.HashSet<>();
    for (String word : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
      if (word.length() > 1) {
        words.add(word);
      }
    }
    return words.size();
  }
}
