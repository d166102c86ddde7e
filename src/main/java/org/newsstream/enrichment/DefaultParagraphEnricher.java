package org.newsstream.enrichment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.Optional;
import java.util.OptionalDouble;
import org.newsstream.enrichment.claims.CheckworthinessModel;
import org.newsstream.enrichment.claims.ClaimExtractor;
import org.newsstream.enrichment.claims.Honorifics;
import org.newsstream.enrichment.claims.LogisticCheckworthiness;
import org.newsstream.enrichment.claims.Quotes;
import org.newsstream.enrichment.claims.Speakers;
import org.newsstream.enrichment.entities.CanonicalResolver;
import org.newsstream.enrichment.entities.CrfNerTagger;
import org.newsstream.enrichment.entities.Demonyms;
import org.newsstream.enrichment.entities.KnownNameMatcher;
import org.newsstream.enrichment.entities.Mention;
import org.newsstream.enrichment.entities.NerTagger;
import org.newsstream.enrichment.entities.OrganizationHeads;
import org.newsstream.enrichment.entities.OtherLanguageNer;
import org.newsstream.enrichment.entities.Places;
import org.newsstream.enrichment.entities.SpanMerger;
import org.newsstream.enrichment.linking.EntityLinker;
import org.newsstream.enrichment.linking.Link;
import org.newsstream.enrichment.linking.LinkIndexFiles;
import org.newsstream.enrichment.language.LanguageIdentifier;
import org.newsstream.enrichment.language.LinguaIdentifier;
import org.newsstream.enrichment.sentiment.DirectionRule;
import org.newsstream.enrichment.sentiment.SentimentAnalyzer;
import org.newsstream.enrichment.sentiment.VaderLexicon;
import org.newsstream.enrichment.sentiment.VaderScorer;
import org.newsstream.enrichment.text.Sentence;
import org.newsstream.enrichment.text.SentenceSplitter;
import org.newsstream.schema.Claim;
import org.newsstream.schema.Entity;
import org.newsstream.schema.EntitySentiment;
import org.newsstream.schema.EntityType;
import org.newsstream.schema.Sentiment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The enrichment pipeline: sentences and tokens, CRF named entities with article-level canonical
 * names, claims with flags and check-worthiness, and VADER-style sentiment per paragraph and per
 * entity. Stages run in that order, each sentence by sentence, and stop when the paragraph's time
 * budget runs out; what was done is returned with {@code truncated=true}. Thread-safe: the
 * models are loaded once and shared, all per-call state is local.
 */
public final class DefaultParagraphEnricher implements ParagraphEnricher {
  private static final Logger LOG = LoggerFactory.getLogger(DefaultParagraphEnricher.class);

  private final EnricherSettings settings;
  private final SentenceSplitter splitter;
  private final NerTagger tagger;
  private final CanonicalResolver resolver;
  private final EntityLinker linker;
  private final LanguageIdentifier languages;
  private final OtherLanguageNer otherLanguages;
  /** Ids from names only, for entities of other languages: the dictionary is English Wikipedia's. */
  private final EntityLinker namesOnly = EntityLinker.namesOnly();
  private final Places places = Places.bundled();
  private final ClaimExtractor claims;
  private final SentimentAnalyzer sentiment;
  /** The budget's clock, in nanoseconds; tests pass one they advance themselves. */
  private final LongSupplier ticker;

  /** Wires the given parts with ids from names only (no dictionary); for tests. */
  public DefaultParagraphEnricher(
      EnricherSettings settings, NerTagger tagger, CheckworthinessModel checkworthiness,
      VaderLexicon lexicon) {
    this(settings, tagger, checkworthiness, lexicon, EntityLinker.namesOnly(),
        LanguageIdentifier.ENGLISH_ONLY);
  }

  /** Wires the given parts; {@link #load()} builds the production ones. */
  public DefaultParagraphEnricher(
      EnricherSettings settings, NerTagger tagger, CheckworthinessModel checkworthiness,
      VaderLexicon lexicon, EntityLinker linker, LanguageIdentifier languages) {
    this(settings, tagger, checkworthiness, lexicon, linker, languages, System::nanoTime);
  }

  /** As above, with the clock the time budget is measured on (nanoseconds). */
  public DefaultParagraphEnricher(
      EnricherSettings settings, NerTagger tagger, CheckworthinessModel checkworthiness,
      VaderLexicon lexicon, EntityLinker linker, LanguageIdentifier languages,
      LongSupplier ticker) {
    this(settings, tagger, checkworthiness, lexicon, linker, languages, OtherLanguageNer.none(),
        ticker);
  }

  /** As above, with NER models for languages other than English. */
  public DefaultParagraphEnricher(
      EnricherSettings settings, NerTagger tagger, CheckworthinessModel checkworthiness,
      VaderLexicon lexicon, EntityLinker linker, LanguageIdentifier languages,
      OtherLanguageNer otherLanguages, LongSupplier ticker) {
    this.otherLanguages = Objects.requireNonNull(otherLanguages);
    this.ticker = Objects.requireNonNull(ticker);
    this.settings = Objects.requireNonNull(settings);
    this.linker = Objects.requireNonNull(linker);
    this.languages = Objects.requireNonNull(languages);
    this.splitter = new SentenceSplitter(settings.maxSentenceTokens());
    this.tagger = Objects.requireNonNull(tagger);
    this.resolver = new CanonicalResolver(Demonyms.bundled(), settings.demonymsAsCountries());
    this.claims = new ClaimExtractor(checkworthiness, settings.maxClaimChars());
    this.sentiment = new SentimentAnalyzer(
        new VaderScorer(lexicon, new DirectionRule(lexicon)), settings.neutralBand());
  }

  /** Loads the production enricher with default settings; takes seconds (the NER model). */
  public static DefaultParagraphEnricher load() {
    return load(EnricherSettings.defaults());
  }

  /**
   * Loads the production enricher; takes seconds (the NER model, and the word vectors the
   * check-worthiness model reads), so do it once per process.
   */
  public static DefaultParagraphEnricher load(EnricherSettings settings) {
    return load(settings, OtherLanguageNer.fromClasspath());
  }

  /** As {@link #load(EnricherSettings)}, with the given models for other languages. */
  public static DefaultParagraphEnricher load(
      EnricherSettings settings, OtherLanguageNer otherLanguages) {
    long started = System.nanoTime();
    NerTagger tagger = CrfNerTagger.load(settings.nerModel());
    EntityLinker linker;
    try {
      // Built on first use (about 20 s, once per checkout); every later start maps the file.
      linker = EntityLinker.over(LinkIndexFiles.openOrBuild(
          LinkIndexFiles.defaultLocation(), line -> System.err.println("newsstream: " + line)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open or build the entity-link index at "
          + LinkIndexFiles.defaultLocation() + ": " + e.getMessage(), e);
    }
    DefaultParagraphEnricher enricher = new DefaultParagraphEnricher(
        settings, tagger, LogisticCheckworthiness.bundled(), VaderLexicon.bundled(), linker,
        new LinguaIdentifier(), otherLanguages, System::nanoTime);
    LOG.info("Enrichment models loaded in {} ms (NER model {}; models for {} load on their "
            + "language's first paragraph)", (System.nanoTime() - started) / 1_000_000,
        settings.nerModel(), enricher.otherLanguages.languages());
    return enricher;
  }

  /**
   * Language, sentences, labels and sentiment: everything that does not depend on the article,
   * within the same time budget as a paragraph's annotation (what the budget leaves out is done
   * when the paragraph is annotated). Other languages get their language only.
   */
  @Override
  public Optional<TextAnalysis> analyze(String text) {
    Objects.requireNonNull(text, "text");
    String language = languages.languageOf(text);
    if (!language.equals("en")) {
      return Optional.of(new TextAnalysis(text, language, List.of(), List.of(), List.of()));
    }
    long deadline = ticker.getAsLong() + settings.budget().toNanos();
    List<Sentence> sentences = splitter.split(text);
    List<List<String>> labels = new ArrayList<>();
    for (Sentence sentence : sentences) {
      if (ticker.getAsLong() > deadline) {
        break;
      }
      labels.add(tagger.tag(sentence.tokens()));
    }
    List<OptionalDouble> scores = new ArrayList<>();
    for (Sentence sentence : sentences) {
      if (labels.size() < sentences.size() || ticker.getAsLong() > deadline) {
        break;
      }
      scores.add(sentimentOf(text, sentence));
    }
    return Optional.of(new TextAnalysis(text, language, sentences, labels, scores));
  }

  private OptionalDouble sentimentOf(String text, Sentence sentence) {
    return sentence.tokens().size() > settings.maxSentimentTokens()
        ? OptionalDouble.empty()
        : OptionalDouble.of(sentiment.score(sentence.text(text)));
  }

  /**
   * The entity with its stable id, and its display name as canonical name. The article memory
   * keeps the resolver's own name, from which the same link follows on every later mention.
   */
  private Entity linked(Entity entity) {
    Link link = linker.link(entity.getText(), entity.getCanonical(), entity.getType());
    entity.setId(link.id());
    entity.setCanonical(link.display());
    return entity;
  }

  /**
   * Entities from the language's own model, sentence by sentence within the budget. None of the
   * English helpers run (article-level names, place lists, demonyms): they are English word lists.
   */
  private Annotation otherLanguage(String text, String language, NerTagger own) {
    long deadline = ticker.getAsLong() + settings.budget().toNanos();
    List<Entity> entities = new ArrayList<>();
    boolean truncated = false;
    for (Sentence sentence : splitter.split(text)) {
      if (ticker.getAsLong() > deadline) {
        truncated = true;
        break;
      }
      for (Mention m : SpanMerger.merge(text, sentence.tokens(), own.tag(sentence.tokens()))) {
        Link link = namesOnly.link(m.text(), m.text(), m.type());
        entities.add(new Entity(m.text(), m.type(), m.start(), m.end(), link.display(),
            link.id()));
      }
    }
    return Annotation.otherLanguage(language, entities, truncated);
  }

  @Override
  public Annotation annotate(String text, ArticleMemory memory) {
    return annotate(text, memory, null);
  }

  @Override
  public Annotation annotate(String text, ArticleMemory memory, TextAnalysis analysis) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(memory, "memory");
    TextAnalysis ahead = analysis != null && analysis.of(text) ? analysis : null;
    // Language detection is a stage of its own, outside the English annotators' budget: the
    // detector loads its models on the first paragraph that needs them (seconds, once), and a
    // budget spent on that would truncate that paragraph's entities, differently on a replay.
    String language = ahead != null ? ahead.language() : languages.languageOf(text);
    if (!language.equals("en")) {
      // Loaded, on first need, outside the budget for the same reason as the detector's models.
      return otherLanguages.tagger(language)
          .map(own -> otherLanguage(text, language, own))
          .orElseGet(() -> Annotation.notEnglish(language));
    }
    long deadline = ticker.getAsLong() + settings.budget().toNanos();
    List<Sentence> sentences = ahead != null ? ahead.sentences() : splitter.split(text);
    boolean truncated = false;

    List<Entity> entities = new ArrayList<>();
    CanonicalResolver.Session names = resolver.open(memory);
    for (int i = 0; i < sentences.size(); i++) {
      Sentence sentence = sentences.get(i);
      if (ticker.getAsLong() > deadline) {
        truncated = true;
        break;
      }
      List<String> labels = ahead != null && i < ahead.labels().size()
          ? ahead.labels().get(i) : tagger.tag(sentence.tokens());
      List<Mention> tagged = OrganizationHeads.restore(text, sentence.tokens(),
          SpanMerger.merge(text, sentence.tokens(), labels));
      List<Mention> recalled =
          KnownNameMatcher.complete(text, sentence.tokens(), tagged, names.known());
      if (settings.places()) {
        recalled = KnownNameMatcher.completeFromFirstToken(
            text, sentence.tokens(), recalled, places.bySurface());
      }
      for (Mention mention : recalled) {
        entities.add(linked(names.resolve(mention)));
      }
    }

    memory.rememberGenders(Honorifics.genders(text, entities));
    Speakers speakers = memory.speakers();
    String spoke = null;
    List<Claim> found = new ArrayList<>();
    for (Sentence sentence : sentences) {
      if (truncated || ticker.getAsLong() > deadline) {
        truncated = true;
        break;
      }
      Optional<Claim> claim = claims.extract(text, sentence, entities, speakers);
      claim.ifPresent(found::add);
      if (claim.isPresent() && claim.get().getSource() != null) {
        spoke = claim.get().getSource();
        speakers = speakers.speaking(spoke);
      }
    }
    // People named inside a quotation are talked about, not speaking: not pronoun candidates.
    // A paragraph without quotation marks or attribution ends the current speaker's turn.
    memory.endParagraph(
        entities.stream().filter(e -> e.getType() == EntityType.PERSON)
            .filter(e -> !Quotes.inside(text, e.getStart()))
            .map(Entity::getCanonical).distinct().toList(),
        spoke != null ? spoke : Quotes.anyIn(text) ? speakers.lastSpeaker() : null);

    List<OptionalDouble> scores = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      if (truncated || ticker.getAsLong() > deadline) {
        truncated = true;
        break;
      }
      scores.add(ahead != null && i < ahead.sentiment().size()
          ? ahead.sentiment().get(i) : sentimentOf(text, sentences.get(i)));
    }
    Sentiment paragraph = sentiment.paragraph(scores);
    List<EntitySentiment> perEntity = SentimentAnalyzer.perEntity(sentences, scores, entities);
    return new Annotation(entities, paragraph, perEntity, found, truncated);
  }
}
