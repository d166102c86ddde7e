package org.newsstream.kafka;

/** Kafka could not be reached or refused an operation; the message says which. */
public final class BrokerUnavailableException extends RuntimeException {
  public BrokerUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
