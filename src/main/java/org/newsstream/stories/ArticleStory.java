package org.newsstream.stories;

/** The story an article was put in, remembered so later paragraphs and replays find it. */
public record ArticleStory(String storyId, long publishedAt) {}
