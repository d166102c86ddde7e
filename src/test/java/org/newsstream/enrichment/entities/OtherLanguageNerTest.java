package org.newsstream.enrichment.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class OtherLanguageNerTest {
  private static final Map<String, String> MODELS = Map.of("de", "de.model", "fr", "fr.model");
  private final List<String> loads = new java.util.concurrent.CopyOnWriteArrayList<>();

  private NerTagger load(String resource) {
    loads.add(resource);
    return tokens -> tokens.stream().map(t -> "PERSON").toList();
  }

  @Test
  void nothingIsLoadedUntilAParagraphOfThatLanguageAsks() {
    OtherLanguageNer models = new OtherLanguageNer(MODELS, resource -> true, this::load);

    assertThat(models.languages()).containsExactly("de", "fr");
    assertThat(loads).isEmpty();
    assertThat(models.tagger("de")).isPresent();
    assertThat(loads).containsExactly("de.model");
  }

  @Test
  void aModelIsLoadedOnceHoweverManyThreadsAskAtOnce() throws Exception {
    OtherLanguageNer models = new OtherLanguageNer(MODELS, resource -> true, this::load);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> asked = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        asked.add(pool.submit(() -> models.tagger("fr")));
      }
      for (Future<?> f : asked) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    assertThat(loads).containsExactly("fr.model");
  }

  @Test
  void aLanguageWhoseJarIsNotOnTheClasspathHasNoTagger() {
    OtherLanguageNer models =
        new OtherLanguageNer(MODELS, resource -> resource.startsWith("de"), this::load);

    assertThat(models.languages()).containsExactly("de");
    assertThat(models.tagger("fr")).isEmpty();
    assertThat(models.tagger("en")).isEmpty();
    assertThat(loads).isEmpty();
  }

  @Test
  void aModelThatFailsToLoadLeavesItsLanguageWithoutEntitiesAndIsNotRetried() {
    OtherLanguageNer models = new OtherLanguageNer(MODELS, resource -> true, resource -> {
      loads.add(resource);
      throw new IllegalStateException("corrupt model");
    });

    assertThat(models.tagger("de")).isEmpty();
    assertThat(models.tagger("de")).isEmpty();
    assertThat(loads).containsExactly("de.model");
  }

  @Test
  void noneHasNoLanguages() {
    assertThat(OtherLanguageNer.none().languages()).isEmpty();
    assertThat(OtherLanguageNer.none().tagger("de")).isEmpty();
  }
}
