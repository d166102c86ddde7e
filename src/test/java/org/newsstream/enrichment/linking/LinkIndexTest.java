package org.newsstream.enrichment.linking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkIndexTest {
  @TempDir Path dir;

  @Test
  void findsAMentionsTopTitleWithItsPrior() {
    Prior us = FixtureIndex.get().lookup("U.S.").orElseThrow();
    assertThat(us.title()).isEqualTo("United_States");
    assertThat(us.probability()).isCloseTo(0.968, org.assertj.core.data.Offset.offset(0.005));
  }

  @Test
  void keepsTheMostProbableTitleWhenAMentionHasSeveral() {
    assertThat(FixtureIndex.get().lookup("Paris").orElseThrow().title()).isEqualTo("Paris");
  }

  @Test
  void storesATitleEqualToItsMentionAsAFlagAndStillReturnsIt() {
    assertThat(FixtureIndex.get().lookup("Bill Clinton").orElseThrow().title())
        .isEqualTo("Bill_Clinton");
  }

  @Test
  void isCaseSensitiveAndExact() {
    assertThat(FixtureIndex.get().lookup("CHICAGO").orElseThrow().title()).isEqualTo("Chicago_(band)");
    assertThat(FixtureIndex.get().lookup("Chicago").orElseThrow().title()).isEqualTo("Chicago");
    assertThat(FixtureIndex.get().lookup("Chicag")).isEmpty();
    assertThat(FixtureIndex.get().lookup("Chicago Bull")).isEmpty();
  }

  @Test
  void dropsWhatNoTaggerProduces() {
    LinkIndex index = FixtureIndex.get();
    assertThat(index.lookup("hipster doofus")).isEmpty();
    assertThat(index.lookup("http://en.wikipedia.org/wiki/Foo")).isEmpty();
    assertThat(index.lookup("1996")).isEmpty();
    assertThat(index.lookup("!!!")).isEmpty();
    // Below the prior floor: too uncertain to be linked at all.
    assertThat(index.lookup("Clinton")).isEmpty();
  }

  @Test
  void findsEveryKeyAcrossManyFrontCodedBlocks() throws IOException {
    List<String> names = new ArrayList<>();
    Random random = new Random(7);
    StringBuilder dictionary = new StringBuilder();
    for (int i = 0; i < 2_000; i++) {
      String name = "Name" + Integer.toString(random.nextInt(1_000_000), 36).toUpperCase()
          + " Ü" + i;
      names.add(name);
      dictionary.append(name).append('\t').append("Title_").append(i % 300).append("\t0.9\n");
    }
    Path file = dir.resolve("many.idx");
    LinkIndexBuilder.Stats stats =
        LinkIndexBuilder.build(new BufferedReader(new StringReader(dictionary.toString())), file, n -> { });
    LinkIndex index = LinkIndex.open(file);
    assertThat(stats.keys()).isEqualTo(2_000);
    assertThat(stats.titles()).isEqualTo(300);
    for (int i = 0; i < names.size(); i++) {
      assertThat(index.lookup(names.get(i))).get().extracting(Prior::title)
          .isEqualTo("Title_" + (i % 300));
    }
    assertThat(index.lookup("Name")).isEmpty();
    assertThat(index.lookup("Zzz")).isEmpty();
    assertThat(index.lookup("A")).isEmpty();
  }

  @Test
  void refusesAFileThatIsNotAnIndex() throws IOException {
    Path file = dir.resolve("junk.idx");
    Files.writeString(file, "not an index at all, just some text of enough length");
    assertThatThrownBy(() -> LinkIndex.open(file)).isInstanceOf(IOException.class)
        .hasMessageContaining("not a Newsstream link index");
  }

  @Test
  void reportsProgressWhileReading() throws IOException {
    StringBuilder dictionary = new StringBuilder();
    for (int i = 0; i < 1_000_001; i++) {
      dictionary.append("x\ty\t1.0\n");
    }
    List<Long> reported = new ArrayList<>();
    LinkIndexBuilder.build(new BufferedReader(new StringReader(dictionary.toString())),
        dir.resolve("p.idx"), reported::add);
    assertThat(reported).containsExactly(1_000_000L);
  }
}
