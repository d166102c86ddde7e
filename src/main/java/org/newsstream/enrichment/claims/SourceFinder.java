package org.newsstream.enrichment.claims;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsstream.schema.Entity;
import org.newsstream.schema.EntityType;

/**
 * Names who a sentence attributes its content to, when the text names them, as the canonical
 * name of an entity. In order: "according to X"; an entity right before the reporting verb
 * ("Kyiv says", no comma between); an entity right after it ("…,” said
 * Kovalenko"); the sentence's subject when the
 * sentence opens with an entity followed by a comma (an apposition: "Andrii Kovalenko, head of…,
 * revealed"); for a personal pronoun right before the verb ("he said"), the person it can only
 * refer to (see {@link Speakers#antecedent}) among the people the paragraph named before it, or,
 * when it named none, the current speaker or a person of the article's latest paragraph that named
 * any (see {@link Speakers#pronounSpeaker}). Pure and thread-safe.
 */
public final class SourceFinder {
  private static final Pattern SPACE = Pattern.compile("\\s{0,3}");
  private static final Pattern COMMA_GAP = Pattern.compile("[\\s,]{0,3}");
  private static final Pattern ARTICLE_GAP = Pattern.compile("\\s{0,2}(?:the\\s{1,2})?");
  private static final Pattern PRONOUN_BEFORE = Pattern.compile("(?i)\\b(he|she)\\s*$");
  private static final Set<EntityType> SPEAKERS =
      Set.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION);

  private SourceFinder() {}

  /**
   * @param paragraph the paragraph text all offsets point into
   * @param sentenceStart where the sentence starts in the paragraph
   * @param sentence the sentence's text
   * @param entities the paragraph's entities, in order
   * @param speakers what the article's earlier paragraphs say about who speaks
   */
  public static Optional<String> find(String paragraph, int sentenceStart, String sentence,
      List<Entity> entities, Speakers speakers) {
    Matcher verb = ClaimFlagger.reporting(sentence);
    if (verb == null) {
      return Optional.empty();
    }
    int verbStart = sentenceStart + verb.start();
    int verbEnd = sentenceStart + verb.end();
    int sentenceEnd = sentenceStart + sentence.length();
    boolean accordingTo = verb.group().toLowerCase(java.util.Locale.ROOT).startsWith("according");
    for (Entity e : entities) {
      if (accordingTo && e.getStart() >= verbEnd
          && gap(ARTICLE_GAP, paragraph, verbEnd, e.getStart())) {
        return Optional.of(e.getCanonical());
      }
    }
    if (accordingTo) {
      return Optional.empty();
    }
    for (Entity e : entities) {
      if (SPEAKERS.contains(e.getType()) && e.getEnd() <= verbStart && e.getStart() >= sentenceStart
          && gap(SPACE, paragraph, e.getEnd(), verbStart)) {
        return Optional.of(e.getCanonical());
      }
      if (SPEAKERS.contains(e.getType()) && e.getStart() >= verbEnd && e.getStart() < sentenceEnd
          && gap(COMMA_GAP, paragraph, verbEnd, e.getStart())) {
        return Optional.of(e.getCanonical());
      }
    }
    Optional<String> subject = appositiveSubject(paragraph, sentenceStart, verbStart, entities);
    if (subject.isPresent()) {
      return subject;
    }
    Matcher pronoun = PRONOUN_BEFORE.matcher(sentence.substring(0, verb.start()));
    if (pronoun.find()) {
      Gender gender = pronoun.group(1).equalsIgnoreCase("she") ? Gender.FEMALE : Gender.MALE;
      // People inside a quotation are talked about, not speaking.
      List<String> people = entities.stream()
          .filter(e -> e.getType() == EntityType.PERSON && e.getEnd() <= verbStart)
          .filter(e -> !Quotes.inside(paragraph, e.getStart()))
          .map(Entity::getCanonical).toList();
      return people.isEmpty() ? speakers.pronounSpeaker(gender) : speakers.antecedent(gender, people);
    }
    return Optional.empty();
  }

  private static Optional<String> appositiveSubject(
      String paragraph, int sentenceStart, int verbStart, List<Entity> entities) {
    for (Entity e : entities) {
      if (e.getStart() < sentenceStart) {
        continue;
      }
      boolean opens = paragraph.substring(sentenceStart, e.getStart()).isBlank();
      boolean comma = e.getEnd() < paragraph.length() && paragraph.charAt(e.getEnd()) == ',';
      if (opens && comma && e.getEnd() < verbStart
          && (e.getType() == EntityType.PERSON || e.getType() == EntityType.ORGANIZATION)) {
        return Optional.of(e.getCanonical());
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** An entity's end and the verb (or the verb and an entity) are separated only by this. */
  private static boolean gap(Pattern allowed, String text, int from, int to) {
    return from <= to && allowed.matcher(text.substring(from, to)).matches();
  }
}
