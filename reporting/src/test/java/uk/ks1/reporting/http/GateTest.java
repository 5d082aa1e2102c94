package uk.ks1.reporting.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.ks1.reporting.access.AccessTokens;
import uk.ks1.reporting.access.Scope;

class GateTest {
  private static final String TAG = "W/\"ab12-7-anonymous\"";
  private final Gate gate =
      new Gate(
          AccessTokens.parse(AccessTokens.sha256("secret") + " la:330", "test"),
          new StoreVersion(() -> {}),
          2023);

  @Test
  void ifNoneMatchComparesWeaklyAndAcceptsAListOrAStar() {
    assertThat(Gate.matches(TAG, TAG)).isTrue();
    assertThat(Gate.matches("\"ab12-7-anonymous\"", TAG)).isTrue();
    assertThat(Gate.matches("W/\"old\", W/\"ab12-7-anonymous\"", TAG)).isTrue();
    assertThat(Gate.matches("*", TAG)).isTrue();
    assertThat(Gate.matches("W/\"ab12-6-anonymous\"", TAG)).isFalse();
    assertThat(Gate.matches("W/\"ab12-7-la-330\"", TAG)).isFalse();
  }

  @Test
  void theBearerSchemeIsMatchedInAnyCase() {
    for (String header : new String[] {"Bearer secret", "bearer secret", "BEARER  secret"}) {
      assertThat(gate.scopeOf(header)).as(header).contains(Scope.la("330"));
    }
  }

  @Test
  void noHeaderIsAnonymousAndAnythingElseIsRefused() {
    assertThat(gate.scopeOf((String) null)).contains(Scope.ANONYMOUS);
    assertThat(gate.scopeOf(" ")).contains(Scope.ANONYMOUS);
    for (String header :
        new String[] {"Basic secret", "Bearersecret", "Bearer", "Bearer other", "secret"}) {
      assertThat(gate.scopeOf(header)).as(header).isEqualTo(Optional.empty());
    }
  }
}
