package uk.ks1.collections.eyfsp;

import java.util.List;
import java.util.Set;
import uk.ks1.collections.eyfsp.intake.EyfspTemplateColumns;
import uk.ks1.core.collection.CollectionIntake;
import uk.ks1.core.collection.CtfRows;
import uk.ks1.core.collection.IntakeWording;
import uk.ks1.core.collection.TemplateItemColumn;

/**
 * How files carry the EYFS profile. In a CTF: the rows of stage {@code FSP} (CBDS: "for XML
 * purposes FSP, not EYF"; {@code EYF} accepted too), any method, keyed on the Component (the goal,
 * E01-E17) with the Subject (the goal's area) checked: a mismatch still gives the goal, with the
 * query R22. These codes are inferred, not verified (domain.md [I]), so they are data, {@code
 * intake/ctf-components.csv}, with aliases. In a template: the columns of {@link
 * EyfspTemplateColumns}.
 */
final class EyfspIntake implements CollectionIntake {
  static final EyfspIntake INSTANCE = new EyfspIntake();

  private static final CtfRows CTF =
      new CtfRows(
          Set.of("FSP", "EYF"),
          Set.of(),
          Set.of(),
          CtfRows.components(
              EyfspIntake.class, "/uk/ks1/collections/eyfsp/intake/ctf-components.csv"),
          true);

  private static final List<TemplateItemColumn> COLUMNS = EyfspTemplateColumns.all();

  private static final IntakeWording WORDING =
      new IntakeWording(
          "EYFSP result",
          "EYFS profile results",
          "early learning goal",
          "EYFSP CTF",
          "assessments of stages other than the EYFS profile",
          "EYFS profile rows that are not early learning goals",
          "EYFS profile results of other years",
          "children without EYFS profile results for the year",
          "E01 to E17 (the 17 early learning goals)",
          "E01, E02, ..., E17");

  private EyfspIntake() {}

  @Override
  public CtfRows ctf() {
    return CTF;
  }

  @Override
  public List<TemplateItemColumn> templateColumns() {
    return COLUMNS;
  }

  @Override
  public List<String> fileNameTokens() {
    return List.of("EYFSP", "FSP");
  }

  @Override
  public IntakeWording wording() {
    return WORDING;
  }
}
