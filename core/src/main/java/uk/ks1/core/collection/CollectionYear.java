package uk.ks1.core.collection;

import java.time.LocalDate;
import java.time.Month;

/**
 * A collection and the summer it assesses: {@code KS1_TA} 2023 is the academic year 2022/23. Holds
 * England's rule for the dates that depend on the year (the Year 2 birth window, the end of the
 * academic year); {@link CollectionDates} holds them as data and falls back to this rule.
 */
public record CollectionYear(String collection, int year) {
  /** The summer of the academic year that {@code today} falls in (Sept-Dec count towards next). */
  public static int currentSummer(LocalDate today) {
    return today.getMonthValue() >= Month.SEPTEMBER.getValue()
        ? today.getYear() + 1
        : today.getYear();
  }

  /** 31 August of the collection year: the last day of its academic year. */
  public LocalDate academicYearEnd() {
    return LocalDate.of(year, Month.AUGUST, 31);
  }

  /** Year 2 pupils in the summer of Y were born from 1 September Y-8 ... */
  public LocalDate yearTwoBornFrom() {
    return LocalDate.of(year - 8, Month.SEPTEMBER, 1);
  }

  /** ... to 31 August Y-7. */
  public LocalDate yearTwoBornTo() {
    return LocalDate.of(year - 7, Month.AUGUST, 31);
  }

  /**
   * Pupils of NC year {@code ncYear} (0 is Reception) in the summer of the year were born from 1
   * September of year - 6 - ncYear (Year 2 in 2023: 1 September 2015) ...
   */
  public LocalDate bornFrom(int ncYear) {
    return LocalDate.of(year - 6 - ncYear, Month.SEPTEMBER, 1);
  }

  /** ... to 31 August of year - 5 - ncYear (Year 2 in 2023: 31 August 2016). */
  public LocalDate bornTo(int ncYear) {
    return LocalDate.of(year - 5 - ncYear, Month.AUGUST, 31);
  }
}
