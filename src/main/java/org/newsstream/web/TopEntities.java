package org.newsstream.web;

import java.time.Duration;
import java.util.List;

/** The most-mentioned entities over a recent period, counted by entity id. */
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

  /**
   * An entity and how often it was mentioned in the window.
   *
   * @param id what was counted: the entity id, or the display name of a record without ids
   * @param canonical the display name
   */
  record EntityCount(String id, String canonical, String type, long mentions) {}
}
