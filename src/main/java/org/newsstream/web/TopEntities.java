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

  /**
   * The same, from what this instance alone holds; other instances call it ({@code scope=local})
   * to build a whole answer. By default an instance's answer is already whole.
   */
  default List<EntityCount> topHere(Duration window, int limit) {
    return top(window, limit);
  }

  /** A canonical entity name and how often it was mentioned in the window. */
  record EntityCount(String canonical, String type, long mentions) {}
}
