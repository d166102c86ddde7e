package org.newsstream.stories;

import java.util.List;

/**
 * Where an article went.
 *
 * @param story the story after the article joined (or began) it
 * @param created true when the article began the story
 * @param similarity cosine similarity to the story joined; 0 for a new story
 * @param compared candidate stories compared in full (at most {@link StorySettings#maxCandidates()})
 * @param alreadyAssigned true when the article had been assigned before (a later paragraph, a
 *     replay): nothing was changed
 * @param merged ids of stories this article showed to be part of {@code story}, now merged into
 *     it (each is left in the index as a pointer: {@link Story#mergedInto()})
 */
public record Assignment(Story story, boolean created, double similarity, int compared,
    boolean alreadyAssigned, List<String> merged) {

  public Assignment {
    merged = List.copyOf(merged);
  }

  public String storyId() {
    return story.id();
  }
}
