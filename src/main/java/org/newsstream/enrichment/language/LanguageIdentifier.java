package org.newsstream.enrichment.language;

/** Names the language of a paragraph as an ISO 639-1 code ("en", "de"). Thread-safe. */
public interface LanguageIdentifier {
  /** Says "en" for everything: for tests of the English annotators, never in production. */
  LanguageIdentifier ENGLISH_ONLY = text -> "en";

  String languageOf(String text);
}
