package org.newsstream.config;

/** A configuration value a user gave is wrong; the message says which and how to fix it. */
public final class ConfigException extends RuntimeException {
  public ConfigException(String message) {
    super(message);
  }
}
