package org.newsstream.enrichment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.newsstream.enrichment.claims.LogisticCheckworthiness;
import org.newsstream.enrichment.entities.NerTagger;
import org.newsstream.enrichment.sentiment.VaderLexicon;
import org.newsstream.enrichment.text.SentenceSplitter;
import org.newsstream.schema.Claim;
import org.newsstream.schema.ClaimFlag;
import org.newsstream.schema.Entity;
import org.newsstream.schema.EntitySentiment;
import org.newsstream.schema.EntityType;

/** The enricher on the seed article and on hostile input; the NER model is loaded once. */
class DefaultParagraphEnricherTest {
  private static DefaultParagraphEnricher enricher;
  private static List<String> seed;
  private static List<Annotation> seedAnnotations;

  @BeforeAll
  static void loadOnce() throws IOException {
    enricher = enricher(EnricherSettings.defaults());
    seed = Files.readAllLines(Path.of("seeds/putin-choe-handshake.txt")).stream()
        .filter(line -> !line.isBlank()).toList();
    ArticleMemory memory = ArticleMemory.empty();
    seedAnnotations = new ArrayList<>();
    for (String paragraph : seed) {
      seedAnnotations.add(enricher.annotate(paragraph, memory));
    }
  }

  private static DefaultParagraphEnricher enricher(EnricherSettings settings) {
    return new DefaultParagraphEnricher(
        settings, TestModels.tagger(), LogisticCheckworthiness.bundled(), VaderLexicon.bundled());
  }

  private static List<Entity> seedEntities() {
    return seedAnnotations.stream().flatMap(a -> a.entities().stream()).toList();
  }

  private static List<Claim> seedClaims() {
    return seedAnnotations.stream().flatMap(a -> a.claims().stream()).toList();
  }

  @Test
  void findsTheSeedArticlesPeopleAsPersons() {
    assertThat(seedEntities())
        .filteredOn(e -> e.getType() == EntityType.PERSON)
        .extracting(Entity::getCanonical)
        .contains("Vladimir Putin", "Choe Son Hui", "Kim Jong-Un", "Volodymyr Zelensky",
            "Andrii Kovalenko");
  }

  @Test
  void withoutADictionaryEveryEntityStillHasAStableIdFromItsName() {
    assertThat(seedEntities()).filteredOn(e -> e.getCanonical().equals("Andrii Kovalenko"))
        .isNotEmpty().extracting(Entity::getId).containsOnly("name:andrii_kovalenko");
    assertThat(seedEntities()).allSatisfy(e -> assertThat(e.getId()).startsWith("name:"));
  }

  @Test
  void variantsOfOneEntityInDifferentArticlesShareOneIdAndDisplayName() {
    DefaultParagraphEnricher linking = new DefaultParagraphEnricher(EnricherSettings.defaults(),
        TestModels.tagger(), LogisticCheckworthiness.bundled(), VaderLexicon.bundled(),
        org.newsstream.enrichment.linking.EntityLinker.over(
            org.newsstream.enrichment.linking.FixtureIndex.get()),
        org.newsstream.enrichment.language.LanguageIdentifier.ENGLISH_ONLY);
    List<Entity> first = linking.annotate(
        "The U.S. said on Monday it would send more aid.", ArticleMemory.empty()).entities();
    List<Entity> second = linking.annotate(
        "Officials in America said the talks had failed.", ArticleMemory.empty()).entities();
    assertThat(first).extracting(Entity::getText, Entity::getId, Entity::getCanonical)
        .contains(tuple("U.S.", "wikipedia:United_States", "United States"));
    assertThat(second).extracting(Entity::getText, Entity::getId, Entity::getCanonical)
        .contains(tuple("America", "wikipedia:United_States", "United States"));
  }

  @Test
  @Timeout(30)
  void aLanguageDetectorSlowToLoadDoesNotSpendTheEnglishAnnotatorsBudget() {
    EnricherSettings settings = EnricherSettings.defaults();
    AtomicLong nanos = new AtomicLong();
    // Loading its models takes the detector longer than the whole budget, on the budget's clock.
    org.newsstream.enrichment.language.LanguageIdentifier loadingModels = text -> {
      nanos.addAndGet(settings.budget().plusMillis(500).toNanos());
      return "en";
    };
    Annotation annotation = new DefaultParagraphEnricher(settings, TestModels.tagger(),
        LogisticCheckworthiness.bundled(), VaderLexicon.bundled(),
        org.newsstream.enrichment.linking.EntityLinker.namesOnly(), loadingModels, nanos::get)
        .annotate("Vladimir Putin met officials in Moscow on Monday.", ArticleMemory.empty());

    assertThat(annotation.truncated()).isFalse();
    assertThat(annotation.entities()).extracting(Entity::getText).contains("Vladimir Putin", "Moscow");
  }

  @Test
  void aParagraphInAnotherLanguageGetsNoEnglishModelOutputAndSaysWhy() {
    DefaultParagraphEnricher withLanguages = new DefaultParagraphEnricher(
        EnricherSettings.defaults(), TestModels.tagger(), LogisticCheckworthiness.bundled(),
        VaderLexicon.bundled(), org.newsstream.enrichment.linking.EntityLinker.namesOnly(),
        new org.newsstream.enrichment.language.LinguaIdentifier());
    String german = "Am Montag sagte Sprecher Steffen Hebestreit in Berlin, die Sanktionen gegen "
        + "Russland würden um weitere sechs Monate verlängert, was die Opposition scharf kritisierte.";

    Annotation annotation = withLanguages.annotate(german, ArticleMemory.empty());

    assertThat(annotation.language()).isEqualTo("de");
    assertThat(annotation.entities()).isEmpty();
    assertThat(annotation.claims()).isEmpty();
    assertThat(annotation.sentiment().getLabel()).isEqualTo("neutral");
    assertThat(annotation.notAnnotated()).contains("language de").contains("not run");
    Annotation english = withLanguages.annotate(seed.get(0), ArticleMemory.empty());
    assertThat(english.language()).isEqualTo("en");
    assertThat(english.notAnnotated()).isNull();
    assertThat(english.entities()).isNotEmpty();
  }

  @Test
  void kovalenkosCentreKeepsItsFullName() {
    assertThat(seedEntities()).filteredOn(e -> e.getType() == EntityType.ORGANIZATION)
        .extracting(Entity::getCanonical)
        .contains("Centre for Countering Disinformation", "National Security and Defence Council");
  }

  @Test
  void findsKurskAsALocation() {
    assertThat(seedEntities())
        .filteredOn(e -> e.getText().equals("Kursk"))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.getType()).isEqualTo(EntityType.LOCATION));
  }

  @Test
  void laterMentionsOfPutinJoinHisFullNameAcrossParagraphs() {
    List<Entity> putins = seedEntities().stream()
        .filter(e -> e.getText().startsWith("Putin")).toList();

    assertThat(putins).hasSizeGreaterThanOrEqualTo(2)
        .allSatisfy(e -> assertThat(e.getCanonical()).isEqualTo("Vladimir Putin"));
  }

  @Test
  void msChoeJoinsChoeSonHui() {
    assertThat(seedAnnotations.get(4).entities())
        .filteredOn(e -> e.getText().contains("Choe"))
        .extracting(Entity::getCanonical)
        .containsOnly("Choe Son Hui");
  }

  @Test
  void northKoreanTroopsAreNorthKorea() {
    assertThat(seedEntities())
        .filteredOn(e -> e.getText().equals("North Korean"))
        .isNotEmpty()
        .allSatisfy(e -> {
          assertThat(e.getCanonical()).isEqualTo("North Korea");
          assertThat(e.getType()).isEqualTo(EntityType.LOCATION);
        });
  }

  @Test
  void entityOffsetsPointAtTheirText() {
    for (int i = 0; i < seed.size(); i++) {
      String paragraph = seed.get(i);
      assertThat(seedAnnotations.get(i).entities()).allSatisfy(e ->
          assertThat(paragraph.substring(e.getStart(), e.getEnd())).isEqualTo(e.getText()));
      assertThat(seedAnnotations.get(i).claims()).allSatisfy(c ->
          assertThat(paragraph.substring(c.getStart(), c.getEnd())).isEqualTo(c.getText()));
    }
  }

  @Test
  void theElevenThousandTroopsAreANumericClaim() {
    assertThat(seedClaims())
        .filteredOn(c -> c.getText().contains("11,000"))
        .hasSizeGreaterThanOrEqualTo(2)
        .allSatisfy(c -> assertThat(c.getFlags()).contains(ClaimFlag.NUMERIC));
  }

  @Test
  void kovalenkosStatementsAreAttributedToHim() {
    Claim revealed = seedClaims().stream()
        .filter(c -> c.getText().contains("revealed")).findFirst().orElseThrow();
    Claim underFire = seedClaims().stream()
        .filter(c -> c.getText().contains("under fire")).findFirst().orElseThrow();

    assertThat(revealed.getFlags()).contains(ClaimFlag.ATTRIBUTED);
    assertThat(revealed.getSource()).isEqualTo("Andrii Kovalenko");
    assertThat(underFire.getFlags()).contains(ClaimFlag.ATTRIBUTED, ClaimFlag.QUOTE);
    assertThat(underFire.getSource()).as("“…,” he said — a paragraph after Kovalenko was named")
        .isEqualTo("Andrii Kovalenko");
  }

  @Test
  void everyQuoteInTheSeedArticleHasItsSpeakerEvenWhenAPronounOrNothingNamesThem() {
    assertThat(seedClaims()).filteredOn(c -> c.getFlags().contains(ClaimFlag.QUOTE))
        .extracting(c -> c.getText().substring(0, 12), Claim::getSource)
        .containsExactly(
            tuple("He warned in", "Volodymyr Zelensky"),
            tuple("“We see an i", "Volodymyr Zelensky"),
            tuple("She said: “F", "Choe Son Hui"),
            tuple("“We have no ", "Choe Son Hui"),
            tuple("“The first o", "Andrii Kovalenko"),
            tuple("“I can’t tal", "Andrii Kovalenko"),
            tuple("“But the fac", "Andrii Kovalenko"));
  }

  @Test
  void aCapitalOpeningASentenceIsAPlaceAndTheSourceOfWhatItSays() {
    Annotation annotation = enricher.annotate(
        "Kyiv says 11,000 troops have arrived. Later Pyongyang denied it.", ArticleMemory.empty());

    assertThat(annotation.entities()).extracting(Entity::getText, Entity::getType)
        .contains(tuple("Kyiv", EntityType.LOCATION), tuple("Pyongyang", EntityType.LOCATION));
    assertThat(annotation.claims()).extracting(Claim::getSource).contains("Kyiv");
  }

  @Test
  void kyivIsTheSourceOfWhatKyivSays() {
    assertThat(seedClaims())
        .filteredOn(c -> c.getText().startsWith("Kyiv says"))
        .singleElement()
        .satisfies(c -> assertThat(c.getSource()).isEqualTo("Kyiv"));
  }

  @Test
  void informationStillBeingCheckedIsHedged() {
    assertThat(seedClaims())
        .filteredOn(c -> c.getText().contains("the information is being checked"))
        .singleElement()
        .satisfies(c -> assertThat(c.getFlags()).contains(ClaimFlag.HEDGED));
  }

  @Test
  void checkworthinessIsAProbability() {
    assertThat(seedClaims()).isNotEmpty()
        .allSatisfy(c -> assertThat(c.getCheckworthiness()).isBetween(0.0, 1.0));
  }

  @Test
  void sentimentHasTheRightSignOnClearCases() {
    ArticleMemory memory = ArticleMemory.empty();
    Annotation good = enricher.annotate(
        "The rescue was a wonderful success and the families were overjoyed.", memory);
    Annotation bad = enricher.annotate(
        "The bombing killed dozens of civilians and destroyed the hospital.", memory);

    assertThat(good.sentiment().getScore()).isPositive();
    assertThat(good.sentiment().getLabel()).isEqualTo("positive");
    assertThat(bad.sentiment().getScore()).isNegative();
    assertThat(bad.sentiment().getLabel()).isEqualTo("negative");
  }

  @Test
  void entitySentimentComesFromTheSentencesMentioningTheEntity() {
    Annotation annotation = enricher.annotate(
        "Paris hosted a wonderful, joyful festival. Berlin suffered a deadly, terrible flood.",
        ArticleMemory.empty());

    assertThat(annotation.entitySentiments())
        .filteredOn(s -> s.getCanonical().equals("Paris"))
        .singleElement().extracting(EntitySentiment::getScore).matches(s -> s > 0);
    assertThat(annotation.entitySentiments())
        .filteredOn(s -> s.getCanonical().equals("Berlin"))
        .singleElement().extracting(EntitySentiment::getScore).matches(s -> s < 0);
  }

  /**
   * Each tagged sentence takes a quarter of the budget on the budget's clock (advanced by the
   * tagger, not slept), so the budget is spent after four of the paragraph's many sentences.
   */
  @Test
  @Timeout(60)
  void aSixtyKilobyteParagraphStopsAtTheBudgetKeepingWhatWasDone() {
    String huge = "Vladimir Putin met officials in Moscow and nobody said anything new ".repeat(900);
    assertThat(huge.length()).isGreaterThan(60_000);
    EnricherSettings settings = EnricherSettings.defaults();
    int sentences = new SentenceSplitter(settings.maxSentenceTokens()).split(huge).size();
    Duration perSentence = settings.budget().dividedBy(4);
    AtomicInteger tagged = new AtomicInteger();
    AtomicLong nanos = new AtomicLong();
    NerTagger slow = tokens -> {
      tagged.incrementAndGet();
      nanos.addAndGet(perSentence.toNanos());
      return TestModels.tagger().tag(tokens);
    };

    Annotation annotation = new DefaultParagraphEnricher(settings, slow,
        LogisticCheckworthiness.bundled(), VaderLexicon.bundled(),
        org.newsstream.enrichment.linking.EntityLinker.namesOnly(),
        org.newsstream.enrichment.language.LanguageIdentifier.ENGLISH_ONLY, nanos::get)
        .annotate(huge, ArticleMemory.empty());

    assertThat(sentences).isGreaterThan(10);
    assertThat(annotation.truncated()).isTrue();
    assertThat(tagged.get()).as("sentences tagged of " + sentences).isBetween(1, 5);
    assertThat(annotation.entities()).as("the sentences tagged in time").isNotEmpty();
  }

  @Test
  @Timeout(20)
  void fiveThousandCommasDoNotStallIt() {
    String commas = "Putin, " + "a,".repeat(5_000) + " said Kovalenko.";

    Annotation annotation = enricher.annotate(commas, ArticleMemory.empty());

    assertThat(annotation.sentiment()).isNotNull();
  }

  @Test
  @Timeout(20)
  void longRunsWithoutSpacesNeitherStallTheTokenizerNorExhaustTheHeap() {
    // "a,a,a,…" is quadratic in the PTB lexer; a 60,000-character word used to exhaust the heap
    // in the CRF's character n-gram features.
    for (String text : List.of("a,".repeat(20_000), "x".repeat(60_000))) {
      Annotation annotation = enricher.annotate(text, ArticleMemory.empty());

      assertThat(annotation.claims()).isEmpty();
      assertThat(annotation.sentiment()).isNotNull();
    }
  }

  @Test
  void overBudgetReturnsWhatWasDoneMarkedTruncated() {
    DefaultParagraphEnricher hurried =
        enricher(EnricherSettings.defaults().withBudget(Duration.ofNanos(1)));

    Annotation annotation = hurried.annotate(String.join(" ", seed), ArticleMemory.empty());

    assertThat(annotation.truncated()).isTrue();
    assertThat(annotation.sentiment()).isNotNull();
  }

  @Test
  void aParagraphInALanguageWithItsOwnModelGetsThatModelsEntitiesWithIdsFromTheirNames() {
    NerTagger english = tokens -> {
      throw new AssertionError("the English model ran on German text");
    };
    // Stands in for CoreNLP's German model: capitalised "Berlin" and "Scholz" are what it knows.
    NerTagger german = tokens -> tokens.stream().map(t -> switch (t.word()) {
      case "Olaf", "Scholz" -> "PERSON";
      case "Berlin" -> "LOCATION";
      default -> "O";
    }).toList();
    List<String> loaded = new ArrayList<>();
    org.newsstream.enrichment.entities.OtherLanguageNer models =
        new org.newsstream.enrichment.entities.OtherLanguageNer(
            java.util.Map.of("de", "german.model", "fr", "french.model"), resource -> true,
            resource -> {
              loaded.add(resource);
              return german;
            });
    DefaultParagraphEnricher enricher = new DefaultParagraphEnricher(EnricherSettings.defaults(),
        english, LogisticCheckworthiness.bundled(), VaderLexicon.bundled(),
        org.newsstream.enrichment.linking.EntityLinker.namesOnly(), text -> "de", models,
        System::nanoTime);

    Annotation annotation = enricher.annotate(
        "Olaf Scholz sagte am Montag in Berlin, die Sanktionen seien \"ein großer Fehler\".",
        ArticleMemory.empty());

    assertThat(loaded).containsExactly("german.model");
    assertThat(annotation.language()).isEqualTo("de");
    assertThat(annotation.entities())
        .extracting(Entity::getText, Entity::getType, Entity::getId, Entity::getCanonical)
        .containsExactly(tuple("Olaf Scholz", EntityType.PERSON, "name:olaf_scholz", "Olaf Scholz"),
            tuple("Berlin", EntityType.LOCATION, "name:berlin", "Berlin"));
    assertThat(annotation.claims()).isEmpty();
    assertThat(annotation.sentiment().getLabel()).isEqualTo("neutral");
    assertThat(annotation.notAnnotated()).contains("language de").contains("were not run");
  }

  @Test
  void aModelSlowToLoadDoesNotSpendItsFirstParagraphsBudget() {
    EnricherSettings settings = EnricherSettings.defaults();
    AtomicLong nanos = new AtomicLong();
    NerTagger german = tokens -> tokens.stream()
        .map(t -> t.word().equals("Berlin") ? "LOCATION" : "O").toList();
    org.newsstream.enrichment.entities.OtherLanguageNer models =
        new org.newsstream.enrichment.entities.OtherLanguageNer(
            java.util.Map.of("de", "german.model"), resource -> true, resource -> {
              nanos.addAndGet(settings.budget().plusMillis(500).toNanos());
              return german;
            });
    DefaultParagraphEnricher enricher = new DefaultParagraphEnricher(settings,
        TestModels.tagger(), LogisticCheckworthiness.bundled(), VaderLexicon.bundled(),
        org.newsstream.enrichment.linking.EntityLinker.namesOnly(), text -> "de", models,
        nanos::get);

    Annotation annotation = enricher.annotate("Am Montag in Berlin.", ArticleMemory.empty());

    assertThat(annotation.truncated()).isFalse();
    assertThat(annotation.entities()).extracting(Entity::getText).containsExactly("Berlin");
  }

  @Test
  void emptyAndOddInputGiveEmptyAnnotations() {
    for (String text : List.of("", "   ", "\u0000\u0001", "…", "🙂🙂🙂", "<<<>>>")) {
      Annotation annotation = enricher.annotate(text, ArticleMemory.empty());
      assertThat(annotation.truncated()).isFalse();
      assertThat(annotation.sentiment().getScore()).isBetween(-1.0, 1.0);
    }
  }

  @Test
  void nullTextIsRejected() {
    assertThatThrownBy(() -> enricher.annotate(null, ArticleMemory.empty()))
        .isInstanceOf(NullPointerException.class);
  }
}
