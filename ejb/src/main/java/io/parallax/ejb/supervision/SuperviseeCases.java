package io.parallax.ejb.supervision;

import java.io.Serializable;
import java.util.List;

/**
 * The cases a picker offers, at most as many as were asked for: clients first (by code), then
 * client sessions (latest first). {@code more} says the range holds more than that, so the page can
 * offer more or ask to narrow the dates or the search.
 */
public record SuperviseeCases(List<SuperviseeCase> cases, boolean more) implements Serializable {}
