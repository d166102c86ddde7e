package org.newsstream.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConllDocumentsTest {

  @Test
  void splitsDocumentsAtDocstartAndSentencesAtBlankLines() {
    List<String> lines = List.of(
        "-DOCSTART- -X- -X- O", "",
        "EU NNP B-NP B-ORG", "rejects VBZ B-VP O", "",
        "Peter NNP B-NP B-PER", "Blackburn NNP I-NP I-PER", "",
        "-DOCSTART- -X- -X- O", "",
        "BRUSSELS NNP B-NP B-LOC", "");

    List<ConllDocuments.Document> docs = ConllDocuments.parse(lines);

    assertThat(docs).hasSize(2);
    assertThat(docs.get(0).sentences()).hasSize(2);
    assertThat(docs.get(0).sentences().get(1).words()).containsExactly("Peter", "Blackburn");
    assertThat(docs.get(0).sentences().get(1).tags()).containsExactly("B-PER", "I-PER");
    assertThat(docs.get(1).sentences().get(0).tags()).containsExactly("B-LOC");
  }
}
