package uk.ks1.core.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.ks1.core.collection.StoreCount.Condition;

/**
 * Counts as test trees: a phonics-like collection's Year 1 eligible pupils (in Year 1, and a mark
 * or A, D or Q) and those who met a threshold that changes in 2030, counted by {@link
 * DeclaredCounts} over stored values in item order (mark, outcome, nc_year).
 */
class StoreCountTest {
  private static final Condition THRESHOLD = Condition.AtLeastByYear.of(Map.of(2012, 32, 2030, 35));

  private static final StoreCount ELIGIBLE =
      StoreCount.of(
          "y1_eligible",
          StoreCount.Test.allOf(
              StoreCount.Test.every(new Condition.NumberIn(Set.of(1)), "nc_year"),
              StoreCount.Test.anyOf(
                  StoreCount.Test.every(new Condition.Given(), "mark"),
                  StoreCount.Test.every(new Condition.CodeIn(Set.of("A", "D", "Q")), "outcome"))));

  private static final StoreCount MET =
      StoreCount.of(
          "y1_met",
          StoreCount.Test.allOf(
              StoreCount.Test.every(new Condition.NumberIn(Set.of(1)), "nc_year"),
              StoreCount.Test.every(THRESHOLD, "mark")));

  @Test
  void aTreeNamesEachOfItsItemsOnceInOrder() {
    assertThat(ELIGIBLE.items()).containsExactly("nc_year", "mark", "outcome");
    assertThat(MET.items()).containsExactly("nc_year", "mark");
  }

  @Test
  void eligibleIsYearOneWithAMarkOrAnAbsenceDisapplicationOrMaladministration() {
    DeclaredCounts counts = counts();
    long[] into = new long[2];
    counts.add(new Object[] {35, "WA", 1}, 2024, into, 0); // eligible, met
    counts.add(new Object[] {12, null, 1}, 2024, into, 0); // eligible
    counts.add(new Object[] {null, "A", 1}, 2024, into, 0); // eligible
    counts.add(new Object[] {null, "L", 1}, 2024, into, 0); // left: not eligible
    counts.add(new Object[] {40, null, 2}, 2024, into, 0); // a Year 2 re-check
    counts.add(new Object[] {null, null, null}, 2024, into, 0);
    assertThat(into).containsExactly(3, 1);
  }

  @Test
  void theThresholdIsTheLatestListedAtOrBeforeTheYearAndTheFirstBeforeAny() {
    Condition.AtLeastByYear t = (Condition.AtLeastByYear) THRESHOLD;
    assertThat(List.of(t.min(2000), t.min(2012), t.min(2029), t.min(2030), t.min(2040)))
        .containsExactly(32, 32, 32, 35, 35);
    DeclaredCounts counts = counts();
    long[] into = new long[2];
    counts.add(new Object[] {33, null, 1}, 2029, into, 0);
    counts.add(new Object[] {33, null, 1}, 2030, into, 0);
    assertThat(into).containsExactly(2, 1);
  }

  @Test
  void aCountWithoutItemsOrWithABadColumnIsRefused() {
    assertThatThrownBy(() -> StoreCount.of("met", StoreCount.Test.anyOf()))
        .hasMessageContaining("names no item");
    assertThatThrownBy(() -> StoreCount.given("Met", "mark")).hasMessageContaining("lower-case");
  }

  private static DeclaredCounts counts() {
    return new DeclaredCounts(collection(), List.of("mark", "outcome", "nc_year"));
  }

  /** Only the store's counts are read. */
  private static CollectionDefinition collection() {
    CollectionStore store =
        new CollectionStore() {
          @Override
          public String prefix() {
            return "check_";
          }

          @Override
          public List<StoreMeasure> measures() {
            return List.of(StoreMeasure.of(ELIGIBLE, MET));
          }
        };
    return new CollectionDefinition() {
      @Override
      public YearGroup yearGroup() {
        return YearGroup.statutory("Year 1", 5);
      }

      @Override
      public String id() {
        return "CHECK";
      }

      @Override
      public String name() {
        return "Check";
      }

      @Override
      public List<Item> items() {
        return List.of();
      }

      @Override
      public CollectionIntake intake() {
        return null;
      }

      @Override
      public CollectionRules rules() {
        return null;
      }

      @Override
      public CollectionStore store() {
        return store;
      }

      @Override
      public CollectionReporting reporting() {
        return null;
      }

      @Override
      public Optional<CollectionSample> sample() {
        return Optional.empty();
      }
    };
  }
}
