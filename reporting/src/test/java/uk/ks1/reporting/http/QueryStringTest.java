package uk.ks1.reporting.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryStringTest {
  @Test
  void decodesPercentEncodedUtf8AndKeepsAPlusAPlus() {
    assertThat(QueryString.parse("la=%33%33%30&region=South%20West&since=2023-06-20T10:00+01:00"))
        .isEqualTo(
            Map.of(
                "la", List.of("330"),
                "region", List.of("South West"),
                "since", List.of("2023-06-20T10:00+01:00")));
    assertThat(QueryString.parse("name=Ren%C3%A9e&flag&&la=1&la=2"))
        .isEqualTo(Map.of("name", List.of("Renée"), "flag", List.of(""), "la", List.of("1", "2")));
    assertThat(QueryString.parse(null)).isEmpty();
  }

  @Test
  void refusesMalformedEscapesAndBytesThatAreNotUtf8() {
    for (String bad : List.of("la=%ZZ", "la=33%", "la=3%3", "%ZZ=330", "la=%FF%FE", "r=%E0%A4")) {
      assertThatThrownBy(() -> QueryString.parse(bad))
          .as(bad)
          .isInstanceOf(ApiRequest.BadRequest.class)
          .hasMessageStartingWith("The query string is not valid percent-encoded UTF-8 (at '");
    }
  }
}
