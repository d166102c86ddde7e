package org.newsstream.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleSplitterTest {

  @Test
  void blank_lines_separate_paragraphs_and_inner_line_breaks_are_joined() {
    Article article = ArticleSplitter.split("a.txt", "First line\ncontinues here.\n\n  \nSecond one.\n");

    assertThat(article.paragraphs()).containsExactly("First line continues here.", "Second one.");
  }

  @Test
  void a_text_without_blank_lines_has_one_paragraph_per_line() {
    Article article = ArticleSplitter.split("a.txt", "One.\nTwo.\r\nThree.");

    assertThat(article.paragraphs()).containsExactly("One.", "Two.", "Three.");
  }

  @Test
  void a_short_first_line_without_closing_punctuation_is_the_title() {
    Article article = ArticleSplitter.split("a.txt", "Putin grips envoy's hand\n\nIt was awkward.\n\nVery.");

    assertThat(article.title()).isEqualTo("Putin grips envoy's hand");
    assertThat(article.paragraphs()).containsExactly("It was awkward.", "Very.");
  }

  @Test
  void a_first_sentence_is_not_mistaken_for_a_title() {
    Article article = ArticleSplitter.split("a.txt", "It was awkward.\nVery.");

    assertThat(article.title()).isNull();
    assertThat(article.paragraphs()).hasSize(2);
  }

  @Test
  void the_article_id_is_the_name_slug_plus_a_digest_of_the_text() {
    Article one = ArticleSplitter.split("Putin Choe Handshake.txt", "Same text.");
    Article again = ArticleSplitter.split("Putin Choe Handshake.txt", "Same text.");
    Article other = ArticleSplitter.split("Putin Choe Handshake.txt", "Other text.");

    assertThat(one.id()).matches("putin-choe-handshake-[0-9a-f]{8}");
    assertThat(again.id()).isEqualTo(one.id());
    assertThat(other.id()).isNotEqualTo(one.id());
  }

  @Test
  void an_empty_text_has_no_paragraphs() {
    assertThat(ArticleSplitter.split("a.txt", " \n\n ").paragraphs()).isEmpty();
  }
}
