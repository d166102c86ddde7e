package org.newsstream.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsstream.evaluation.Chunks.Chunk;

class ChunksTest {

  @Test
  void readsIob2() {
    assertThat(Chunks.of(List.of("B-PER", "I-PER", "O", "B-LOC", "B-LOC")))
        .containsExactly(new Chunk(0, 2, "PER"), new Chunk(3, 4, "LOC"), new Chunk(4, 5, "LOC"));
  }

  @Test
  void readsIob1AndIoLikeConlleval() {
    assertThat(Chunks.of(List.of("I-ORG", "I-ORG", "I-PER", "O", "I-MISC")))
        .containsExactly(new Chunk(0, 2, "ORG"), new Chunk(2, 3, "PER"), new Chunk(4, 5, "MISC"));
    assertThat(Chunks.of(List.of("PERSON", "PERSON", "O"))).containsExactly(new Chunk(0, 2, "PERSON"));
  }

  @Test
  void noTagsNoChunks() {
    assertThat(Chunks.of(List.of("O", "O"))).isEmpty();
    assertThat(Chunks.of(List.of())).isEmpty();
  }
}
