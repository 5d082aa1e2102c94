package uk.ks1.schools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ks1.core.school.ListedSchool;

class ExpectedSchoolsTest {
  private static final CollectionWindow SUMMER_2025 = CollectionWindow.summerTerm(2025);

  private static List<ListedSchool> sample() throws Exception {
    return GiasReader.read(
            new ByteArrayInputStream(GiasSample.csv()), "edubasealldata20250301.csv", null)
        .schools();
  }

  private static List<String> expectedFor(int age) throws Exception {
    return sample().stream()
        .filter(s -> ExpectedSchools.expected(s, age, SUMMER_2025).expected())
        .map(ListedSchool::laestab)
        .toList();
  }

  @Test
  void reception() throws Exception {
    // open primary, infant, special 2-19, proposed to close, academy 3-11
    assertThat(expectedFor(4))
        .containsExactly("3302001", "3302002", "3307001", "3302007", "3302010");
  }

  @Test
  void year1() throws Exception {
    assertThat(expectedFor(5))
        .containsExactly("3302001", "3302002", "3307001", "3302007", "3302010");
  }

  @Test
  void year2() throws Exception {
    assertThat(expectedFor(6))
        .containsExactly("3302001", "3302002", "3307001", "3302007", "3302010");
  }

  @Test
  void eachReasonSaysWhy() throws Exception {
    List<ListedSchool> s = sample();
    assertThat(reason(s.get(0), 5)).isEqualTo("open, ages 4-11");
    assertThat(reason(s.get(2), 5)).isEqualTo("ages 7-11 do not include age 5");
    assertThat(reason(s.get(3), 5)).isEqualTo("closed 31-12-2024, before the collection");
    assertThat(reason(s.get(4), 5)).isEqualTo("independent school");
    assertThat(reason(s.get(6), 5)).isEqualTo("open, proposed to close, ages 4-11");
    assertThat(reason(s.get(7), 5)).isEqualTo("ages 9-13 do not include age 5");
    assertThat(reason(s.get(8), 5)).isEqualTo("proposed to open 01-09-2025, after the collection");
    assertThat(reason(s.get(10), 5)).isEqualTo("ages 11-16 do not include age 5");
  }

  @Test
  void aSchoolClosingDuringTheCollectionOrOpeningBeforeItsEndIsExpected() throws Exception {
    ListedSchool closed = sample().get(3);
    ListedSchool closesInJune =
        new ListedSchool(
            closed.laestab(),
            closed.urn(),
            closed.name(),
            closed.type(),
            closed.typeGroup(),
            "Closed",
            closed.openDate(),
            LocalDate.of(2025, 6, 30),
            closed.phase(),
            4,
            11,
            null,
            null,
            null);
    assertThat(ExpectedSchools.expected(closesInJune, 5, SUMMER_2025))
        .isEqualTo(new Expectation(true, "closed 30-06-2025, during the collection, ages 4-11"));
    ListedSchool hazel = sample().get(8);
    assertThat(ExpectedSchools.expected(hazel, 5, CollectionWindow.summerTerm(2026)))
        .isEqualTo(new Expectation(true, "opens 01-09-2025, ages 4-11"));
  }

  private static String reason(ListedSchool s, int age) {
    return ExpectedSchools.expected(s, age, SUMMER_2025).reason();
  }
}
