package uk.ks1.aggregate.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SqlTemplateTest {
  @Test
  void aTemplateBecomesLiteralsAndExpressionsJoined() {
    assertThat(SqlTemplate.concat("Row {row}: it's {value}.", Map.of("row", "r", "value", "v")))
        .isEqualTo("'Row ' || (r) || ': it''s ' || (v) || '.'");
    assertThat(SqlTemplate.concat("{a}{b}", Map.of("a", "x", "b", "y"))).isEqualTo("(x) || (y)");
  }

  @Test
  void aPlaceholderWithoutAnExpressionIsABug() {
    assertThatThrownBy(() -> SqlTemplate.concat("{row} {school}", Map.of("row", "r")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("No value for {school} in: {row} {school}");
  }
}
