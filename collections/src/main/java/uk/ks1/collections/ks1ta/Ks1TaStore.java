package uk.ks1.collections.ks1ta;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import uk.ks1.collections.store.CodeCountsView;
import uk.ks1.core.collection.CollectionStore;
import uk.ks1.core.collection.StoreCount;
import uk.ks1.core.collection.StoreMeasure;

/**
 * KS1 TA's part of {@link CollectionStore}: the analysts' tables and views keep the names they had
 * before there were other collections ({@code pupil_records}, {@code school_counts}, {@code
 * pupil_results}, {@code national_summary}...), and the measures of docs/store.md: reading, writing
 * and maths at EXS+ and GDS, science at EXS, and the three together (RWM).
 */
final class Ks1TaStore implements CollectionStore {
  /** The expected standard or above. */
  private static final Set<String> EXS_PLUS = Set.of("EXS", "GDS");

  /** Greater depth. */
  private static final Set<String> GDS = Set.of("GDS");

  /** After the code sets it counts by: static fields start in order. */
  static final Ks1TaStore INSTANCE = new Ks1TaStore();

  private final List<StoreMeasure> measures;

  private Ks1TaStore() {
    List<StoreMeasure> all = new ArrayList<>();
    for (Subject s : Subject.RWM) {
      String c = s.column();
      all.add(
          StoreMeasure.of(
              StoreCount.given(c + "_eligible", c),
              StoreCount.codeIn(c + "_exs_plus", EXS_PLUS, c),
              StoreCount.codeIn(c + "_gds", GDS, c)));
    }
    String science = Subject.SCIENCE.column();
    all.add(
        StoreMeasure.of(
            StoreCount.given("science_eligible", science),
            StoreCount.codeIn("science_exs", Set.of("EXS"), science)));
    String[] rwm = Subject.RWM.stream().map(Subject::column).toArray(String[]::new);
    all.add(
        StoreMeasure.of(
            StoreCount.given("rwm_eligible", rwm),
            StoreCount.codeIn("rwm_exs_plus", EXS_PLUS, rwm),
            StoreCount.codeIn("rwm_gds", GDS, rwm)));
    this.measures = List.copyOf(all);
  }

  @Override
  public String prefix() {
    return "";
  }

  @Override
  public List<StoreMeasure> measures() {
    return measures;
  }

  @Override
  public List<String> views() {
    return List.of(
        CodeCountsView.ddl(
            "code_counts", resultsView(), Subject.ALL.stream().map(Subject::column).toList()));
  }
}
