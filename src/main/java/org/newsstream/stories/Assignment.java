package org.newsstream.stories;

/**
 * Where an article went.
 *
 * @param story the story after the article joined (or began) it
 * @param created true when the article began the story
 * @param similarity cosine similarity to the story joined; 0 for a new story
 * @param compared candidate stories compared in full (at most {@link StorySettings#maxCandidates()})
 * @param alreadyAssigned true when the article had been assigned before (a later paragraph, a
 *     replay): nothing was changed
 */
public record Assignment(Story story, boolean created, double similarity, int compared,
    boolean alreadyAssigned) {

  public String storyId() {
    return story.id();
  }
}
