package org.newsstream.enrichment.claims;

/** Grammatical gender of a person, as far as the text tells (honorifics, pronouns). */
public enum Gender {
  FEMALE,
  MALE
}
