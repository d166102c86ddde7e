package org.newsstream.enrichment.claims;

import edu.stanford.nlp.io.IOUtils;
import edu.stanford.nlp.neural.Embedding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.ejml.simple.SimpleMatrix;

/**
 * Pre-trained 50-dimensional word vectors, read from the CoreNLP models jar already on the
 * classpath (the neural coreference embeddings: 103,144 lower-cased PTB tokens, digits written
 * as {@code 0}). Nothing is copied into this repository. Immutable and thread-safe; {@link
 * #shared()} loads them once per process (about 2 s).
 */
public final class WordVectors {
  /** Where the vectors live inside the CoreNLP models jar. */
  public static final String RESOURCE =
      "edu/stanford/nlp/models/coref/neural/english-embeddings.ser.gz";
  // CoreNLP's own key for its unknown-word vector; we skip unknown words instead of averaging it.
  private static final String UNKNOWN = "*UNK*";

  private final Map<String, float[]> vectors;
  private final int dimensions;

  /** Vectors given directly (tests); every vector must have {@code dimensions} entries. */
  public WordVectors(Map<String, float[]> vectors, int dimensions) {
    for (float[] v : vectors.values()) {
      if (v.length != dimensions) {
        throw new IllegalArgumentException("vector of " + v.length + " ≠ " + dimensions);
      }
    }
    this.vectors = Map.copyOf(vectors);
    this.dimensions = dimensions;
  }

  /** The CoreNLP vectors, loaded on first use and shared by every caller. */
  public static WordVectors shared() {
    return Holder.INSTANCE;
  }

  /**
   * The vector of {@code word} (already lower-cased and tokenized PTB-style), or null when it is
   * unknown. Shared: callers must not modify it.
   */
  public float[] vector(String word) {
    return vectors.get(word);
  }

  /** How many numbers each vector has. */
  public int dimensions() {
    return dimensions;
  }

  private static WordVectors load() {
    Embedding embedding;
    try {
      embedding = IOUtils.readObjectFromURLOrClasspathOrFileSystem(RESOURCE);
    } catch (IOException | ClassNotFoundException e) {
      throw new UncheckedIOException(new IOException("cannot read " + RESOURCE, e));
    }
    // Copied to float arrays: a plain map lookup per word is all scoring needs, and it halves
    // the memory of the EJML matrices.
    Map<String, float[]> vectors = new HashMap<>(embedding.size() * 2);
    for (Map.Entry<String, SimpleMatrix> entry : embedding.entrySet()) {
      if (entry.getKey().equals(UNKNOWN)) {
        continue;
      }
      SimpleMatrix m = entry.getValue();
      float[] v = new float[m.getNumElements()];
      for (int i = 0; i < v.length; i++) {
        v[i] = (float) m.get(i);
      }
      vectors.put(entry.getKey(), v);
    }
    return new WordVectors(vectors, embedding.getEmbeddingSize());
  }

  private static final class Holder {
    static final WordVectors INSTANCE = load();
  }
}
