package uk.ks1.schools;

import java.time.LocalDate;

/**
 * When a collection happens: a school open at any time in it is expected. Our decision (domain.md
 * is silent): the summer term, 1 April to 31 July, since the checks and the profile are done in
 * June and returned by July.
 */
public record CollectionWindow(LocalDate start, LocalDate end) {
  public static CollectionWindow summerTerm(int year) {
    return new CollectionWindow(LocalDate.of(year, 4, 1), LocalDate.of(year, 7, 31));
  }
}
