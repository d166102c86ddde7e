package org.newsstream.web;

import org.newsstream.schema.Alert;

/**
 * An alert as this process saw it, numbered in arrival order.
 *
 * @param sequence increases by one per alert seen by this process; it is the SSE event id, so a
 *     reconnecting client resumes after the last one it got (within the ring buffer)
 */
public record FeedEntry(long sequence, Alert alert) {}
