package org.newsstream.enrichment.linking;

/**
 * An entity's stable identity.
 *
 * @param id {@code wikipedia:<Title>} when linked, else {@code name:<normalised_name>}
 * @param display the name to show: the title with spaces when linked, else the article's name
 * @param linked whether the id is a Wikipedia title
 */
public record Link(String id, String display, boolean linked) {
  static final String WIKIPEDIA = "wikipedia:";
  static final String NAME = "name:";

  static Link toTitle(String title) {
    return new Link(WIKIPEDIA + title, title.replace('_', ' '), true);
  }

  static Link unlinked(String name) {
    return new Link(NAME + NameIds.slug(name), name, false);
  }
}
