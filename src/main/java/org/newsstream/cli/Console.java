package org.newsstream.cli;

import java.io.PrintStream;

/** Progress for people on stderr, so stdout carries only the command's output. */
final class Console {
  private Console() {}

  static void progress(String message) {
    PrintStream err = System.err;
    err.println("newsstream: " + message);
    err.flush();
  }
}
