package uk.ks1.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ks1.collections.ks1ta.Ks1Ta;
import uk.ks1.core.collection.CollectionRegistry;
import uk.ks1.core.event.Effect;
import uk.ks1.core.event.Severity;
import uk.ks1.core.rule.FileMessage;
import uk.ks1.core.rule.FileRules;
import uk.ks1.core.rule.MessageTemplate;
import uk.ks1.core.rule.RuleDefinition;

class RuleCatalogueTest {
  private final List<RuleDefinition> rules =
      RuleCatalogue.of(CollectionRegistry.of(Ks1Ta.definition())).definitions();

  @Test
  void everyRuleOnceWithAStableId() {
    assertThat(rules).extracting(RuleDefinition::id).doesNotHaveDuplicates().hasSize(43);
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
        if (FileRules.ALL.contains(r)) {
          assertThat(FileRules.messages(r))
              .as(r.id() + ": a file rule without a template has its messages")
              .isNotEmpty();
        } else {
          assertThat(r.id()).as("only the CTF reader words its own queries").matches("R20|R21|R22");
        }
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

  @Test
  void everyFileMessageBelongsToAFileRuleWithSeveralAndNamesWhatWasFound() {
    List<FileMessage> messages =
        RuleCatalogue.of(CollectionRegistry.of(Ks1Ta.definition())).fileMessages();
    assertThat(messages).hasSize(45);
    for (FileMessage m : messages) {
      String id = m.rule().id() + " " + m.name();
      assertThat(FileRules.ALL).as(id).contains(m.rule());
      assertThat(m.rule().template()).as(id + ": its rule has no template of its own").isNull();
      // no message is fixed text: each names the file, the row, the value or the limit it met
      assertThat(m.placeholders()).as(id).isNotEmpty();
    }
    for (RuleDefinition r : FileRules.ALL) {
      List<FileMessage> own = FileRules.messages(r);
      assertThat(own.size()).as(r.id() + ": one message is the rule's template").isNotEqualTo(1);
      assertThat(own).extracting(FileMessage::name).as(r.id()).doesNotHaveDuplicates();
    }
  }
}
