package uk.ks1.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ks1.core.event.Effect;
import uk.ks1.core.event.Severity;
import uk.ks1.core.rule.MessageTemplate;
import uk.ks1.core.rule.RuleDefinition;

class RuleCatalogueTest {
  private final List<RuleDefinition> rules = RuleCatalogue.standard().definitions();

  @Test
  void everyRuleOnceWithAStableId() {
    assertThat(rules).extracting(RuleDefinition::id).doesNotHaveDuplicates().hasSize(42);
  }

  @Test
  void everyQueryCountsAndEveryErrorSaysWhatItTakesOut() {
    for (RuleDefinition r : rules) {
      if (r.severity() == Severity.QUERY) {
        assertThat(r.effect()).as(r.id()).isEqualTo(Effect.NONE);
      } else {
        assertThat(r.effect()).as(r.id()).isNotEqualTo(Effect.NONE);
      }
    }
  }

  @Test
  void everyTemplateNamesTheFieldAndWhatIsAllowedAndPupilRulesTheRow() {
    for (RuleDefinition r : rules) {
      if (r.template() == null) {
        assertThat(r.id()).as("only ingest writes its own messages").matches("F\\d\\d|R20|R21");
        continue;
      }
      List<String> names = MessageTemplate.placeholders(r.template());
      if (r.effect() == Effect.FILE) {
        // a file-level message names what was found in the file; what is allowed is its own column
        assertThat(names).as(r.id()).isNotEmpty();
        continue;
      }
      assertThat(names).as(r.id()).contains("field", "allowed");
      if (r.effect() != Effect.FILE) {
        assertThat(r.template()).as(r.id()).startsWith("Row {row}, {field}: ");
      }
    }
  }
}
