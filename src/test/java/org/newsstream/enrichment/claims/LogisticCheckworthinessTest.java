package org.newsstream.enrichment.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LogisticCheckworthinessTest {
  private static final LogisticTrainer TRAINER = new LogisticTrainer(20, 0.1, 0, 1, 7);

  private static List<LogisticTrainer.Example> toyData() {
    List<LogisticTrainer.Example> data = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      data.add(new LogisticTrainer.Example(List.of("w:percent", "w:x" + i % 5), true));
      data.add(new LogisticTrainer.Example(List.of("w:thanks", "w:x" + i % 5), false));
    }
    return data;
  }

  @Test
  void learnsWhichFeaturesMakeASentenceCheckworthy() {
    LogisticCheckworthiness model = TRAINER.train(toyData(), 0.5);

    assertThat(model.probability(List.of("w:percent"))).isGreaterThan(0.9);
    assertThat(model.probability(List.of("w:thanks"))).isLessThan(0.1);
  }

  @Test
  void trainingIsDeterministic() {
    StringWriter first = new StringWriter();
    StringWriter second = new StringWriter();
    try {
      TRAINER.train(toyData(), 0.5).write(first, List.of());
      TRAINER.train(toyData(), 0.5).write(second, List.of());
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    assertThat(first.toString()).isEqualTo(second.toString());
  }

  @Test
  void weightedLogCountRatioTrainingIsDeterministicAndStillLearns() throws Exception {
    LogisticTrainer weighted = new LogisticTrainer(20, 0.1, 0.001, 1, 7, 3, true);
    StringWriter first = new StringWriter();
    StringWriter second = new StringWriter();
    weighted.train(toyData(), 0.5).write(first, List.of());
    weighted.train(toyData(), 0.5).write(second, List.of());
    LogisticCheckworthiness model = weighted.train(toyData(), 0.5);

    assertThat(first.toString()).isEqualTo(second.toString());
    assertThat(model.probability(List.of("w:percent"))).isGreaterThan(0.9);
    assertThat(model.probability(List.of("w:thanks"))).isLessThan(0.1);
  }

  @Test
  void weightingPositivesRaisesTheirProbability() {
    LogisticTrainer plain = new LogisticTrainer(5, 0.1, 0.001, 1, 7, 1, false);
    LogisticTrainer weighted = new LogisticTrainer(5, 0.1, 0.001, 1, 7, 3, false);
    List<LogisticTrainer.Example> data = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      data.add(new LogisticTrainer.Example(List.of("w:maybe"), i % 4 == 0));
    }

    assertThat(weighted.train(data, 0.5).probability(List.of("w:maybe")))
        .isGreaterThan(plain.train(data, 0.5).probability(List.of("w:maybe")));
  }

  @Test
  void theChosenThresholdBecomesOneHalf() {
    LogisticCheckworthiness model = new LogisticCheckworthiness(0, Map.of());
    LogisticCheckworthiness shifted = TRAINER.train(List.of(), 0.25);

    assertThat(model.probability(List.of())).isCloseTo(0.5, within(1e-12));
    assertThat(shifted.probability(List.of())).isCloseTo(0.75, within(1e-9));
  }

  @Test
  void writesAndReadsBackTheSameModel() throws Exception {
    LogisticCheckworthiness model = new LogisticCheckworthiness(-0.5, Map.of("w:percent", 1.25));
    StringWriter out = new StringWriter();
    model.write(out, List.of("a comment"));

    LogisticCheckworthiness read =
        LogisticCheckworthiness.read(new BufferedReader(new StringReader(out.toString())));

    assertThat(read.probability(List.of("w:percent")))
        .isCloseTo(model.probability(List.of("w:percent")), within(1e-9));
  }

  @Test
  void theBundledModelRanksAFactualFigureAboveSmallTalk() {
    LogisticCheckworthiness bundled = LogisticCheckworthiness.bundled();
    String figure = "Unemployment rose to 9 percent under his administration.";
    String smallTalk = "Thank you, it is good to be here tonight.";

    assertThat(bundled.score(figure, ClaimFlagger.flags(figure), 0)).isGreaterThan(0.5);
    assertThat(bundled.score(smallTalk, ClaimFlagger.flags(smallTalk), 0)).isLessThan(0.5);
    assertThat(bundled.score("", Set.of(), 0)).isBetween(0.0, 1.0);
  }

  @Test
  void denseFeaturesAreLearnedInTheSameLinearModel() throws Exception {
    WordVectors vectors = new WordVectors(
        Map.of("rose", new float[] {1, 0}, "thanks", new float[] {0, 1}), 2);
    SentenceEmbedding embedding = new SentenceEmbedding(vectors, false);
    List<LogisticTrainer.Example> data = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      // The binary feature says nothing; only the dense one separates the classes.
      data.add(new LogisticTrainer.Example(List.of("w:x"), embedding.of("rose"), true));
      data.add(new LogisticTrainer.Example(List.of("w:x"), embedding.of("thanks"), false));
    }
    LogisticTrainer trainer = new LogisticTrainer(20, 0.1, 0, 1, 7, 1, false, 2);
    LogisticCheckworthiness model = trainer.train(data, 0.5, embedding);

    assertThat(model.score("rose", Set.of(), 0)).isGreaterThan(0.9);
    assertThat(model.score("thanks", Set.of(), 0)).isLessThan(0.1);

    StringWriter first = new StringWriter();
    model.write(first, List.of());
    StringWriter second = new StringWriter();
    trainer.train(data, 0.5, embedding).write(second, List.of());
    assertThat(first.toString()).contains("d:mean:0\t").isEqualTo(second.toString());

    LogisticCheckworthiness read = LogisticCheckworthiness.read(
        new BufferedReader(new StringReader(first.toString())), () -> vectors);
    assertThat(read.score("rose", Set.of(), 0))
        .isCloseTo(model.score("rose", Set.of(), 0), within(1e-5));
  }

  @Test
  void aSparseOnlyModelNeverLoadsWordVectors() throws Exception {
    LogisticCheckworthiness read = LogisticCheckworthiness.read(
        new BufferedReader(new StringReader("<bias>\t0.5\nw:a\t1\n")),
        () -> {
          throw new AssertionError("word vectors requested");
        });

    assertThat(read.probability(List.of("w:a"))).isGreaterThan(0.8);
  }
}
