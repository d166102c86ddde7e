package org.newsstream.cli;

/** A mistake the user can fix; printed as one line, never with a stack trace. */
public final class UserException extends RuntimeException {
  public UserException(String message) {
    super(message);
  }
}
