package uk.ks1.collections.ks1ta;

import java.util.List;
import java.util.Set;
import uk.ks1.collections.ks1ta.intake.Ks1TemplateColumns;
import uk.ks1.core.collection.CollectionIntake;
import uk.ks1.core.collection.CtfRows;
import uk.ks1.core.collection.IntakeWording;
import uk.ks1.core.collection.TemplateItemColumn;

/**
 * How files carry KS1 TA: in a CTF, the teacher assessments ({@code Method} TA) of the KS1 stage,
 * each subject by the (Subject, Component) pairs of {@code intake/ctf-components.csv} (data,
 * because the codes vary between school systems and are not verified); in a template, the columns
 * of {@link Ks1TemplateColumns}.
 */
final class Ks1TaIntake implements CollectionIntake {
  static final Ks1TaIntake INSTANCE = new Ks1TaIntake();

  private static final CtfRows CTF =
      new CtfRows(
          Set.of("KS1"),
          Set.of("TA"),
          Set.of(),
          CtfRows.components(
              Ks1TaIntake.class, "/uk/ks1/collections/ks1ta/intake/ctf-components.csv"));

  private static final List<TemplateItemColumn> COLUMNS = Ks1TemplateColumns.all();

  private static final IntakeWording WORDING =
      new IntakeWording(
          "KS1 teacher-assessment result",
          "KS1 teacher-assessment results",
          "KS1 measure",
          "KS1 TA CTF",
          "assessments of other stages",
          "KS1 results other than teacher assessment",
          "KS1 assessments of other years",
          "pupils without KS1 TA results for the year",
          "Teacher Assessment: KS1 Reading, Writing, Maths, Science",
          "Teacher Assessment: KS1 Reading, ...: KS1 Writing, ...: KS1 Maths, ...: KS1 Science");

  private Ks1TaIntake() {}

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
    return List.of("KS1");
  }

  @Override
  public IntakeWording wording() {
    return WORDING;
  }
}
