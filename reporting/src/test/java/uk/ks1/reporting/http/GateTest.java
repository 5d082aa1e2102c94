package uk.ks1.reporting.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GateTest {
  private static final String TAG = "W/\"ab12-7-anonymous\"";

  @Test
  void ifNoneMatchComparesWeaklyAndAcceptsAListOrAStar() {
    assertThat(Gate.matches(TAG, TAG)).isTrue();
    assertThat(Gate.matches("\"ab12-7-anonymous\"", TAG)).isTrue();
    assertThat(Gate.matches("W/\"old\", W/\"ab12-7-anonymous\"", TAG)).isTrue();
    assertThat(Gate.matches("*", TAG)).isTrue();
    assertThat(Gate.matches("W/\"ab12-6-anonymous\"", TAG)).isFalse();
    assertThat(Gate.matches("W/\"ab12-7-la-330\"", TAG)).isFalse();
  }
}
