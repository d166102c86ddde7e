package org.newsstream.streams;

/** The topologies did not come up; the message says why as far as it is known, for the user. */
public final class PipelineStartException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public PipelineStartException(String message) {
    super(message);
  }
}
