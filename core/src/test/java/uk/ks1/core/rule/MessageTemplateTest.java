package uk.ks1.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageTemplateTest {
  private static final String TEMPLATE = "Row {row}, {field}: '{value}' is not allowed ($1 \\d).";

  @Test
  void fillsEveryPlaceholderTakingValuesLiterally() {
    assertThat(
            MessageTemplate.render(
                TEMPLATE, Map.of("row", "12", "field", "Reading", "value", "$9 {x}")))
        .isEqualTo("Row 12, Reading: '$9 {x}' is not allowed ($1 \\d).");
    assertThat(MessageTemplate.placeholders(TEMPLATE)).containsExactly("row", "field", "value");
  }

  @Test
  void aPlaceholderWithoutAValueIsABug() {
    assertThatThrownBy(() -> MessageTemplate.render(TEMPLATE, Map.of("row", "12")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("No value for {field} in: " + TEMPLATE);
  }

  @Test
  void aBraceOutsideAPlaceholderIsASlipCaughtBeforeAnyMessageIsWritten() {
    for (String slip : List.of("Row {row, {field}", "School {school_la}", "{name} is {} empty")) {
      assertThatThrownBy(() -> MessageTemplate.placeholders(slip))
          .as(slip)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("A brace outside a {placeholder} (a name of letters only) in: " + slip);
    }
  }
}
