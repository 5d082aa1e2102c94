package uk.ks1.reporting.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessTokensTest {
  @TempDir Path tmp;

  @Test
  void hashesTokensWithSha256() {
    assertThat(AccessTokens.sha256("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void readsHashedTokensAndFindsTheScopeOfAPresentedToken() throws Exception {
    Path file = tmp.resolve("access-tokens.txt");
    Files.writeString(
        file,
        "# Birmingham's data team\n"
            + AccessTokens.sha256("s3cret-330")
            + " la:330\n\n"
            + AccessTokens.sha256("analysts").toUpperCase()
            + "   national   # DfE-style pooled figures\n");
    AccessTokens tokens = AccessTokens.read(file);
    assertThat(tokens.size()).isEqualTo(2);
    assertThat(tokens.scopeOf("s3cret-330")).contains(Scope.la("330"));
    assertThat(tokens.scopeOf("analysts")).contains(Scope.NATIONAL);
    assertThat(tokens.scopeOf("s3cret-331")).isEmpty();
    assertThat(tokens.scopeOf(AccessTokens.sha256("s3cret-330")))
        .as("the hash is no token")
        .isEmpty();
  }

  @Test
  void environmentEntriesAreSeparatedBySemicolons() {
    AccessTokens tokens =
        AccessTokens.parse(
            AccessTokens.sha256("a") + " la:201;" + AccessTokens.sha256("b") + " national",
            "KS1_ACCESS_TOKENS");
    assertThat(tokens.scopeOf("a")).contains(Scope.la("201"));
    assertThat(tokens.scopeOf("b")).contains(Scope.NATIONAL);
  }

  @Test
  void reportsEveryBadEntryAtOnce() {
    assertThatThrownBy(
            () ->
                AccessTokens.parse(
                    "plain-token la:330\n" + AccessTokens.sha256("x") + " la:999\n", "tokens.txt"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Access tokens in tokens.txt are not valid: entry 1: expected '<sha256 of the token,"
                + " 64 hex digits> la:<LA code>|national'; entry 2: expected '<sha256 of the"
                + " token, 64 hex digits> la:<LA code>|national'");
  }

  @Test
  void aMissingFileMeansEveryoneIsAnonymous() {
    assertThat(AccessTokens.read(tmp.resolve("none.txt")).size()).isZero();
  }
}
