package uk.ks1.collections.phonics;

import java.util.List;
import java.util.Set;
import uk.ks1.core.collection.CollectionIntake;
import uk.ks1.core.collection.CtfRows;
import uk.ks1.core.collection.IntakeWording;
import uk.ks1.core.collection.TemplateItemColumn;

/**
 * How files carry the phonics check: in a CTF, the rows of Stage KS1 or PHO, any Method, Subject
 * PHO, PSC or PHON, each (Subject, Component) pair of {@code intake/ctf-components.csv} (data: the
 * codes are not verified, domain.md [I]); the mark pair's Result is the mark, or A, D, L or Q for
 * the outcome. KS1 TA claims Stage KS1 too (Method TA): a row goes to the collection that knows its
 * pair. In a template, the columns "Phonics mark" and "Phonics outcome", by any of their names.
 */
final class PhonicsIntake implements CollectionIntake {
  static final PhonicsIntake INSTANCE = new PhonicsIntake();

  private static final CtfRows CTF =
      new CtfRows(
          Set.of("KS1", "PHO"),
          Set.of(),
          Set.of("PHO", "PSC", "PHON"),
          CtfRows.components(
              PhonicsIntake.class, "/uk/ks1/collections/phonics/intake/ctf-components.csv"));

  private static final List<TemplateItemColumn> COLUMNS =
      List.of(
          new TemplateItemColumn(
              Phonics.MARK.id(),
              "Phonics mark",
              true,
              List.of(
                  "phonicsmark",
                  "mark",
                  "pscmark",
                  "screeningcheckmark",
                  "phonicsscreeningcheckmark",
                  "phonicscheckmark")),
          new TemplateItemColumn(
              Phonics.OUTCOME.id(),
              "Phonics outcome",
              false,
              List.of(
                  "phonicsoutcome",
                  "outcome",
                  "result",
                  "phonicsresult",
                  "pscoutcome",
                  "pscresult",
                  "screeningcheckoutcome",
                  "phonicsscreeningcheckoutcome")));

  private static final IntakeWording WORDING =
      new IntakeWording(
          "phonics screening check result",
          "phonics screening check results",
          "phonics check result",
          "phonics CTF",
          "assessments of stages other than KS1 and the phonics check",
          "KS1 results other than the phonics check",
          "phonics results of other years",
          "pupils without phonics screening check results for the year",
          "Phonics mark",
          "Phonics mark, Phonics outcome");

  private PhonicsIntake() {}

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
    return List.of("PHO", "PHONICS");
  }

  @Override
  public IntakeWording wording() {
    return WORDING;
  }
}
