package org.newsstream.enrichment.claims;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.newsstream.schema.ClaimFlag;

/**
 * Check-worthiness as a logistic regression over {@link ClaimFeatures} and, when the model has
 * dense weights, the {@link SentenceEmbedding} of the sentence, with weights trained on
 * CheckThat! 2024 (see {@code docs/quality.md} for the command that rebuilds the bundled
 * resource). Immutable and thread-safe.
 */
public final class LogisticCheckworthiness implements CheckworthinessModel {
  /** The bundled model's classpath resource. */
  public static final String RESOURCE = "/org/newsstream/enrichment/checkworthiness-lr.tsv";
  private static final String BIAS = "<bias>";
  private static final String MEAN = "d:mean:";
  private static final String MAX = "d:max:";

  private final double bias;
  private final Map<String, Double> weights;
  private final double[] denseWeights;
  private final SentenceEmbedding embedding;

  /** A model of binary-feature weights only; {@code bias} is the intercept. */
  public LogisticCheckworthiness(double bias, Map<String, Double> weights) {
    this(bias, weights, new double[0], null);
  }

  /**
   * A model of these weights; {@code denseWeights} apply to {@code embedding}'s features (null
   * and empty when the model has none).
   */
  public LogisticCheckworthiness(double bias, Map<String, Double> weights, double[] denseWeights,
      SentenceEmbedding embedding) {
    if (denseWeights.length != (embedding == null ? 0 : embedding.size())) {
      throw new IllegalArgumentException(denseWeights.length + " dense weights");
    }
    this.bias = bias;
    this.weights = Map.copyOf(weights);
    this.denseWeights = denseWeights.clone();
    this.embedding = embedding;
  }

  /** The model bundled with Newsstream. */
  public static LogisticCheckworthiness bundled() {
    try (InputStream in = LogisticCheckworthiness.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE
            + "; rebuild it with the train-claims command (docs/quality.md)");
      }
      return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the text format {@link #write} produces; dense weights use {@link WordVectors#shared}.
   */
  public static LogisticCheckworthiness read(BufferedReader reader) throws IOException {
    return read(reader, WordVectors::shared);
  }

  /**
   * Reads the text format {@link #write} produces; {@code vectors} is asked only when the file
   * has dense weights, so a sparse-only model never loads the word vectors.
   */
  public static LogisticCheckworthiness read(BufferedReader reader,
      Supplier<WordVectors> vectors) throws IOException {
    double bias = 0;
    Map<String, Double> weights = new HashMap<>();
    Map<Integer, Double> mean = new TreeMap<>();
    Map<Integer, Double> max = new TreeMap<>();
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int tab = line.lastIndexOf('\t');
      String feature = line.substring(0, tab);
      double weight = Double.parseDouble(line.substring(tab + 1));
      if (feature.equals(BIAS)) {
        bias = weight;
      } else if (feature.startsWith(MEAN)) {
        mean.put(Integer.parseInt(feature.substring(MEAN.length())), weight);
      } else if (feature.startsWith(MAX)) {
        max.put(Integer.parseInt(feature.substring(MAX.length())), weight);
      } else {
        weights.put(feature, weight);
      }
    }
    if (mean.isEmpty()) {
      return new LogisticCheckworthiness(bias, weights);
    }
    SentenceEmbedding embedding = new SentenceEmbedding(vectors.get(), !max.isEmpty());
    int d = embedding.size() / (max.isEmpty() ? 1 : 2);
    double[] dense = new double[embedding.size()];
    for (int i = 0; i < d; i++) {
      dense[i] = require(mean, i);
      if (!max.isEmpty()) {
        dense[d + i] = require(max, i);
      }
    }
    return new LogisticCheckworthiness(bias, weights, dense, embedding);
  }

  private static double require(Map<Integer, Double> weights, int i) throws IOException {
    Double weight = weights.get(i);
    if (weight == null) {
      throw new IOException("model file lacks dense weight " + i + " (word vectors changed?)");
    }
    return weight;
  }

  /** Writes the model as {@code feature TAB weight} lines, sorted, after comment lines. */
  public void write(Writer out, List<String> comments) throws IOException {
    for (String comment : comments) {
      out.write("# " + comment + "\n");
    }
    out.write(BIAS + "\t" + format(bias) + "\n");
    for (Map.Entry<String, Double> entry : new TreeMap<>(weights).entrySet()) {
      out.write(entry.getKey() + "\t" + format(entry.getValue()) + "\n");
    }
    int d = embedding == null ? 0 : denseWeights.length / (embedding.withMax() ? 2 : 1);
    for (int i = 0; i < denseWeights.length; i++) {
      String name = i < d ? MEAN + i : MAX + (i - d);
      out.write(name + "\t" + format(denseWeights[i]) + "\n");
    }
  }

  /** The dense features this model needs for {@code sentence} (empty when it has none). */
  public double[] dense(String sentence) {
    return embedding == null ? new double[0] : embedding.of(sentence);
  }

  @Override
  public double score(String sentence, Set<ClaimFlag> flags, int entities) {
    return probability(ClaimFeatures.of(sentence, flags), dense(sentence));
  }

  /** The probability of the positive class for these binary features (no dense ones). */
  public double probability(List<String> features) {
    return probability(features, new double[0]);
  }

  /**
   * The probability of the positive class; {@code dense} are the features {@link #dense} gives
   * (missing ones count as zero).
   */
  public double probability(List<String> features, double[] dense) {
    double z = bias;
    for (String feature : features) {
      z += weights.getOrDefault(feature, 0.0);
    }
    for (int i = 0; i < Math.min(dense.length, denseWeights.length); i++) {
      z += denseWeights[i] * dense[i];
    }
    return 1 / (1 + Math.exp(-z));
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, "%.6f", value);
  }
}
