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
import org.newsstream.schema.ClaimFlag;

/**
 * Check-worthiness as a logistic regression over {@link ClaimFeatures}, with weights trained on
 * CheckThat! 2024 (see {@code docs/quality.md} for the command that rebuilds the bundled
 * resource). Immutable and thread-safe.
 */
public final class LogisticCheckworthiness implements CheckworthinessModel {
  /** The bundled model's classpath resource. */
  public static final String RESOURCE = "/org/newsstream/enrichment/checkworthiness-lr.tsv";
  private static final String BIAS = "<bias>";

  private final double bias;
  private final Map<String, Double> weights;

  /** A model of these weights; {@code bias} is the intercept. */
  public LogisticCheckworthiness(double bias, Map<String, Double> weights) {
    this.bias = bias;
    this.weights = Map.copyOf(weights);
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

  /** Reads the text format {@link #write} produces. */
  public static LogisticCheckworthiness read(BufferedReader reader) throws IOException {
    double bias = 0;
    Map<String, Double> weights = new HashMap<>();
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int tab = line.lastIndexOf('\t');
      String feature = line.substring(0, tab);
      double weight = Double.parseDouble(line.substring(tab + 1));
      if (feature.equals(BIAS)) {
        bias = weight;
      } else {
        weights.put(feature, weight);
      }
    }
    return new LogisticCheckworthiness(bias, weights);
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
  }

  @Override
  public double score(String sentence, Set<ClaimFlag> flags, int entities) {
    return probability(ClaimFeatures.of(sentence, flags));
  }

  /** The probability of the positive class for these features. */
  public double probability(List<String> features) {
    double z = bias;
    for (String feature : features) {
      z += weights.getOrDefault(feature, 0.0);
    }
    return 1 / (1 + Math.exp(-z));
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, "%.6f", value);
  }
}
