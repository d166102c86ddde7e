package org.newsstream.enrichment.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.newsstream.enrichment.TestModels;
import org.newsstream.enrichment.text.Sentence;
import org.newsstream.enrichment.text.SentenceSplitter;

class CrfNerTaggerTest {
  private static final SentenceSplitter SPLITTER = new SentenceSplitter(150);
  private static final List<String> TEXTS = List.of(
      "Vladimir Putin met Choe Son Hui in the Kremlin.",
      "Ukrainian leader Volodymyr Zelensky spoke in Kyiv on Tuesday.",
      "Andrii Kovalenko heads the Centre for Countering Disinformation.",
      "Reuters reported that Siemens will cut 2,000 jobs in Germany.");

  private static List<List<String>> tagAll() {
    List<List<String>> labels = new ArrayList<>();
    for (String text : TEXTS) {
      for (Sentence sentence : SPLITTER.split(text)) {
        labels.add(TestModels.tagger().tag(sentence.tokens()));
      }
    }
    return labels;
  }

  @Test
  void tagsPeoplePlacesAndOrganisations() {
    String text = TEXTS.get(0);
    Sentence sentence = SPLITTER.split(text).get(0);
    List<Mention> mentions =
        SpanMerger.merge(text, sentence.tokens(), TestModels.tagger().tag(sentence.tokens()));

    assertThat(mentions).extracting(Mention::text)
        .containsExactly("Vladimir Putin", "Choe Son Hui", "Kremlin");
  }

  @Test
  void sharedAcrossThreadsItTagsExactlyAsOnOneThread() throws Exception {
    List<List<String>> sequential = tagAll();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<List<String>>>> futures = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        futures.add(pool.submit(CrfNerTaggerTest::tagAll));
      }
      for (Future<List<List<String>>> future : futures) {
        assertThat(future.get()).isEqualTo(sequential);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
