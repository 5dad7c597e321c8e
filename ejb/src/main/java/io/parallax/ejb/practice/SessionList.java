package io.parallax.ejb.practice;

import java.util.List;

/** One slice of a trainee's sessions and how many the whole query matched. */
public record SessionList(List<PracticeSessionView> items, long total) {}
