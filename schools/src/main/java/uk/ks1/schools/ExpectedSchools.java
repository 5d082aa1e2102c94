package uk.ks1.schools;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import uk.ks1.core.school.ListedSchool;

/**
 * Which schools are expected to send a year group's returns (domain.md, "Expected schools" [I]): a
 * school open at some time during the collection, not independent, a college, a university or
 * Welsh, whose statutory age range covers the year group's age at 1 September ({@code low <= age <
 * high}). The caller passes the year group's age, so this knows no collection.
 *
 * <p>Decisions where the domain is silent: a school {@code Closed} is expected if its close date
 * falls in or after the window's start (it may still send that summer's return); one {@code
 * Proposed to open} if it opens by the window's end; a school with no age range is not expected
 * (the LA adds it if it should be); "Other types" (pupil referral units, secure units...) are
 * expected like any other when their age range covers the year group: the LA excuses those it does
 * not collect from.
 */
public final class ExpectedSchools {
  public static final String OPEN = "Open";
  public static final String PROPOSED_TO_CLOSE = "Open, but proposed to close";
  public static final String PROPOSED_TO_OPEN = "Proposed to open";
  public static final String CLOSED = "Closed";

  /** The type groups never expected: they make no statutory return to the LA. */
  public static final Map<String, String> NOT_COLLECTED =
      Map.of(
          "Independent schools", "independent school",
          "Colleges", "college",
          "Universities", "university",
          "Welsh schools", "Welsh school");

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

  private ExpectedSchools() {}

  public static Expectation expected(
      ListedSchool school, int ageAtSeptember, CollectionWindow window) {
    if (school.typeGroup() != null && NOT_COLLECTED.containsKey(school.typeGroup())) {
      return no(NOT_COLLECTED.get(school.typeGroup()));
    }
    String status = school.status() == null ? "" : school.status();
    switch (status) {
      case OPEN, PROPOSED_TO_CLOSE -> {}
      case CLOSED -> {
        LocalDate closed = school.closeDate();
        if (closed == null || closed.isBefore(window.start())) {
          return no(
              closed == null
                  ? "closed"
                  : "closed " + DATE.format(closed) + ", before the collection");
        }
      }
      case PROPOSED_TO_OPEN -> {
        LocalDate opens = school.openDate();
        if (opens == null || opens.isAfter(window.end())) {
          return no(
              opens == null
                  ? "proposed to open, no date"
                  : "proposed to open " + DATE.format(opens) + ", after the collection");
        }
      }
      default -> {
        return no("status '" + status + "' is not open");
      }
    }
    Integer low = school.statutoryLowAge();
    Integer high = school.statutoryHighAge();
    if (low == null || high == null) {
      return no("no statutory age range in DfE's list");
    }
    String ages = "ages " + low + "-" + high;
    if (ageAtSeptember < low || ageAtSeptember >= high) {
      return no(ages + " do not include age " + ageAtSeptember);
    }
    String state =
        switch (status) {
          case PROPOSED_TO_CLOSE -> "open, proposed to close";
          case CLOSED -> "closed " + DATE.format(school.closeDate()) + ", during the collection";
          case PROPOSED_TO_OPEN -> "opens " + DATE.format(school.openDate());
          default -> "open";
        };
    return new Expectation(true, state + ", " + ages);
  }

  private static Expectation no(String reason) {
    return new Expectation(false, reason);
  }
}
