package org.newsstream.enrichment.text;

/**
 * One token of a paragraph.
 *
 * @param word the normalised form the tokenizer produced (what the models see)
 * @param start offset of the first character in the paragraph text
 * @param end offset after the last character (exclusive)
 */
public record Token(String word, int start, int end) {}
