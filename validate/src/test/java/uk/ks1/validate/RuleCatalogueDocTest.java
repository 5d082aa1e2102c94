package uk.ks1.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import uk.ks1.collections.eyfsp.Eyfsp;
import uk.ks1.collections.ks1ta.Ks1Ta;
import uk.ks1.collections.phonics.Phonics;
import uk.ks1.core.collection.CollectionRegistry;

/**
 * The rule catalogue in docs/rules.md is the code's: this fails when they differ. To rewrite it
 * after changing a rule: {@code mvn -B -o -pl validate -am test -Dtest=RuleCatalogueDocTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dks1.docs.write=true}.
 */
class RuleCatalogueDocTest {
  @Test
  void docListsExactlyTheCatalogue() throws IOException {
    Path doc = doc();
    String text = Files.readString(doc, StandardCharsets.UTF_8);
    String expected =
        RuleCatalogueMarkdown.updated(
            text,
            RuleCatalogue.of(
                CollectionRegistry.of(
                    Ks1Ta.definition(), Phonics.definition(), Eyfsp.definition())));
    if (Boolean.getBoolean("ks1.docs.write") && !text.equals(expected)) {
      Files.writeString(doc, expected, StandardCharsets.UTF_8);
      text = expected;
    }
    assertThat(text)
        .as(
            RuleCatalogueMarkdown.DOC
                + "'s rule catalogue differs from RuleCatalogue: rerun this test with"
                + " -Dks1.docs.write=true to regenerate it")
        .isEqualTo(expected);
  }

  @Test
  void theTableHasOneRowPerRuleInCatalogueOrder() {
    String table =
        RuleCatalogueMarkdown.table(
            RuleCatalogue.of(CollectionRegistry.of(Ks1Ta.definition())).definitions());
    assertThat(table.lines().skip(2).map(l -> l.substring(2, l.indexOf(" |", 2))).toList())
        .containsExactly(
            "F01", "F02", "F03", "F04", "F05", "F06", "F07", "F08", "F09", "F10", "F11", "F12",
            "F13", "F14", "F15", "F16", "F17", "1500", "1510", "1520", "1530", "1540", "1550",
            "U01", "U02", "P01", "P02", "P03", "P04", "P05", "P10", "P11", "R01", "R02", "R03",
            "R10", "R11", "R12", "R20", "R21", "R22", "X01", "X02");
    assertThat(table)
        .contains(
            "| R03 | error | score | Scaled score not a whole number from 85 to 115 | A whole"
                + " number from 85 to 115, or blank | `Row {row}, {field}: {value} is not a whole"
                + " number from 85 to 115, so this score is left out (the teacher assessments"
                + " still count). Allowed: {allowed}.` |");
  }

  /** The repository's docs/rules.md: under the module's parent folder when run by Maven. */
  private static Path doc() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve(RuleCatalogueMarkdown.DOC))) {
      dir = dir.getParent();
    }
    assertThat(dir)
        .as(RuleCatalogueMarkdown.DOC + " above " + Path.of("").toAbsolutePath())
        .isNotNull();
    return dir.resolve(RuleCatalogueMarkdown.DOC);
  }
}
