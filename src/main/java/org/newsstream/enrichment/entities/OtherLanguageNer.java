package org.newsstream.enrichment.entities;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * NER taggers for languages other than English: CoreNLP's own model for the language when its
 * models jar is on the classpath, each loaded the first time a paragraph of that language asks
 * for it. Loading takes seconds and 100-400 MB of heap per language (docs/quality.md), so a
 * process that never sees German never pays for the German model. Thread-safe: a model is loaded
 * once, by the first thread to need it, while the others asking for that language wait.
 */
public final class OtherLanguageNer {
  private static final Logger LOG = LoggerFactory.getLogger(OtherLanguageNer.class);

  /**
   * The NER model in each CoreNLP 4.5.10 language jar ({@code models-german}, {@code
   * models-spanish}, {@code models-french}). Chinese is left out: its model needs CoreNLP's
   * Chinese word segmenter, not our tokenizer, and its jar is 1.6 GB.
   */
  public static final Map<String, String> CORENLP_MODELS = Map.of(
      "de", "edu/stanford/nlp/models/ner/german.distsim.crf.ser.gz",
      "es", "edu/stanford/nlp/models/ner/spanish.ancora.distsim.s512.crf.ser.gz",
      "fr", "edu/stanford/nlp/models/ner/french-wikiner-4class.crf.ser.gz");

  private final Map<String, Lazy> byLanguage = new LinkedHashMap<>();

  /**
   * @param models classpath resource of each language's model
   * @param present whether a resource is there (its jar on the classpath)
   * @param loader loads a model; called at most once per language
   */
  public OtherLanguageNer(Map<String, String> models, Predicate<String> present,
      Function<String, NerTagger> loader) {
    Objects.requireNonNull(loader);
    models.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .filter(e -> present.test(e.getValue()))
        .forEach(e -> byLanguage.put(e.getKey(), new Lazy(e.getKey(), e.getValue(), loader)));
  }

  /** CoreNLP's models for whichever of {@link #CORENLP_MODELS} are on the classpath. */
  public static OtherLanguageNer fromClasspath() {
    ClassLoader classes = OtherLanguageNer.class.getClassLoader();
    return new OtherLanguageNer(CORENLP_MODELS, resource -> classes.getResource(resource) != null,
        CrfNerTagger::load);
  }

  /** No other language: every non-English paragraph goes out without entities. */
  public static OtherLanguageNer none() {
    return new OtherLanguageNer(Map.of(), resource -> false, resource -> {
      throw new IllegalStateException("no model");
    });
  }

  /** The languages with a model on the classpath, loaded or not. */
  public Set<String> languages() {
    return byLanguage.keySet();
  }

  /**
   * The tagger for {@code language}, loading it on the first call; empty when there is no model
   * for it or its model failed to load (said once in the log, not retried on every paragraph).
   */
  public Optional<NerTagger> tagger(String language) {
    Lazy lazy = byLanguage.get(language);
    return lazy == null ? Optional.empty() : lazy.get();
  }

  private static final class Lazy {
    private final String language;
    private final String resource;
    private final Function<String, NerTagger> loader;
    private Optional<NerTagger> tagger;

    Lazy(String language, String resource, Function<String, NerTagger> loader) {
      this.language = language;
      this.resource = resource;
      this.loader = loader;
    }

    synchronized Optional<NerTagger> get() {
      if (tagger == null) {
        long started = System.nanoTime();
        try {
          tagger = Optional.of(loader.apply(resource));
          LOG.info("NER model for language {} loaded in {} ms ({})", language,
              (System.nanoTime() - started) / 1_000_000, resource);
        } catch (RuntimeException | OutOfMemoryError e) {
          // A model that cannot load would fail every paragraph of its language the same way:
          // they go out as before this model existed, without entities.
          tagger = Optional.empty();
          LOG.error("NER model for language {} failed to load ({}); its paragraphs get no "
              + "entities", language, resource, e);
        }
      }
      return tagger;
    }
  }
}
