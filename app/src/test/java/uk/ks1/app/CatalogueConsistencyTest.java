package uk.ks1.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.ks1.collections.ks1ta.Ks1Ta;
import uk.ks1.core.collection.CollectionRegistry;
import uk.ks1.core.event.Effect;
import uk.ks1.core.event.Severity;
import uk.ks1.core.rule.ParserQueries;
import uk.ks1.ingest.ctf.CtfParser;
import uk.ks1.validate.RuleCatalogue;

/** Rules raised outside validate (by ingest's parsers) are the ones the catalogue lists. */
class CatalogueConsistencyTest {
  @Test
  void theCtfParsersQueriesAreTheCataloguesR20AndR21() {
    assertThat(CtfParser.UNKNOWN_COMPONENT).isEqualTo("R20");
    assertThat(CtfParser.OTHER_YEAR).isEqualTo("R21");
    for (var query : java.util.List.of(ParserQueries.UNKNOWN_COMPONENT, ParserQueries.OTHER_YEAR)) {
      assertThat(query.severity()).isEqualTo(Severity.QUERY);
      assertThat(query.effect()).isEqualTo(Effect.NONE);
      assertThat(RuleCatalogue.of(CollectionRegistry.of(Ks1Ta.definition())).definitions())
          .contains(query);
    }
  }
}
