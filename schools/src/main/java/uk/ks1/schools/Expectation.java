package uk.ks1.schools;

/** Whether a school is expected, and why, in a few words a list can show. */
public record Expectation(boolean expected, String reason) {}
