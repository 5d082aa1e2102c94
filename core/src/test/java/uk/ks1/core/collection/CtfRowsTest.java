package uk.ks1.core.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CtfRowsTest {
  @Test
  void aPairWithACodeItemSendsAResultThatIsNotAWholeNumberThere() {
    CtfRows.Component pho = new CtfRows.Component("PHO", "PHO", "mark", "outcome");
    assertThat(List.of(pho.itemFor("32"), pho.itemFor(" 0 "), pho.itemFor("A"), pho.itemFor("")))
        .containsExactly("mark", "mark", "outcome", "mark");
    assertThat(new CtfRows.Component("ENG", "AT2", "reading").itemFor("EXS")).isEqualTo("reading");
  }

  @Test
  void aCollectionKeyedOnComponentsRefusesAComponentGivingTwoItems() {
    assertThatThrownBy(
            () ->
                new CtfRows(
                    Set.of("FSP"),
                    Set.of(),
                    Set.of(),
                    List.of(
                        new CtfRows.Component("COM", "E01", "e01"),
                        new CtfRows.Component("LIT", "E01", "e08")),
                    true))
        .hasMessageContaining("E01 gives both e01 and e08");
    // the same pairs are two items when the Subject is part of the key
    assertThat(
            new CtfRows(
                    Set.of("FSP"),
                    Set.of(),
                    Set.of(),
                    List.of(
                        new CtfRows.Component("COM", "E01", "e01"),
                        new CtfRows.Component("LIT", "E01", "e08")))
                .keyedOnComponent())
        .isFalse();
  }

  @Test
  void yearGroupsAreBornInTheAcademicYearTheirAgeGives() {
    CollectionYear summer2024 = new CollectionYear("ANY", 2024);
    assertThat(List.of(summer2024.bornFrom(0), summer2024.bornTo(0)))
        .as("Reception")
        .containsExactly(LocalDate.of(2018, 9, 1), LocalDate.of(2019, 8, 31));
    assertThat(List.of(summer2024.bornFrom(1), summer2024.bornTo(1)))
        .containsExactly(LocalDate.of(2017, 9, 1), LocalDate.of(2018, 8, 31));
    assertThat(List.of(summer2024.bornFrom(2), summer2024.bornTo(2)))
        .containsExactly(summer2024.yearTwoBornFrom(), summer2024.yearTwoBornTo());
  }
}
