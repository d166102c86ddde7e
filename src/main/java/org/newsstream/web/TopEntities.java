package org.newsstream.web;

import java.time.Duration;
import java.util.List;

/** The most-mentioned canonical entities over a recent period. */
public interface TopEntities {

  /**
   * @param window how far back from now to count
   * @param limit at most this many, most mentioned first (ties by name)
   */
  List<EntityCount> top(Duration window, int limit);

  /** A canonical entity name and how often it was mentioned in the window. */
  record EntityCount(String canonical, String type, long mentions) {}
}
