package org.newsstream.enrichment.linking;

import java.util.List;
import org.newsstream.schema.EntityType;

/**
 * Whether a title can be what the tagger says the mention is. The dictionary knows only anchor
 * texts, so its top title for "Jordan" is the country and for "Washington" a place; the tagger's
 * type is the context that rules those out for a person, and rules out a person ("Clinton" →
 * Bill Clinton) for a place or an organisation.
 */
final class TypeAgreement {
  private TypeAgreement() {}

  /**
   * @param mentionWords the mention's name words ({@code NameKey.words})
   */
  static boolean agrees(EntityType type, List<String> mentionWords, TitleShape shape) {
    // Compared without diacritics: the wire writes "Milosevic" for the title's "Milošević".
    List<String> words = LatinFold.fold(mentionWords);
    TitleShape title = new TitleShape(shape.kind(), LatinFold.fold(shape.words()),
        shape.personShaped());
    return switch (type) {
      // A person's page names the person: the mention's last word (the surname, or the whole
      // one-word mention) must be in the title, and the title must look like a person — a
      // single-word title for a person mention is nearly always a place or a thing.
      case PERSON -> (title.kind() == TitleShape.Kind.PERSON || title.personShaped())
          && title.words().contains(words.get(words.size() - 1));
      // A place is not a band, a company or a university ("Chicago (band)").
      case LOCATION -> title.kind() != TitleShape.Kind.PERSON
          && title.kind() != TitleShape.Kind.WORK && title.kind() != TitleShape.Kind.ORGANIZATION
          && !namesPersonPartly(words, title);
      // A place tagged as an organisation is a metonymy: its team ("Leicestershire" the cricket
      // club) or its government; the place's page would be the wrong entity, so no link.
      case ORGANIZATION -> title.kind() != TitleShape.Kind.PERSON
          && title.kind() != TitleShape.Kind.PLACE && title.kind() != TitleShape.Kind.WORK
          && !namesPersonPartly(words, title);
      case MISC -> title.kind() != TitleShape.Kind.PERSON && !namesPersonPartly(words, title);
    };
  }

  /** "Clinton" → "Bill Clinton": the mention is part of a person's name, not the whole title. */
  private static boolean namesPersonPartly(List<String> mentionWords, TitleShape title) {
    return title.personShaped() && mentionWords.size() < title.words().size()
        && title.words().containsAll(mentionWords);
  }
}
