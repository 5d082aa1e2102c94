package uk.ks1.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.ks1.core.event.Effect;
import uk.ks1.core.event.Severity;
import uk.ks1.ingest.ctf.CtfParser;
import uk.ks1.validate.RuleCatalogue;
import uk.ks1.validate.file.ParserQueries;

/** Rules raised outside validate (by ingest's parsers) are the ones the catalogue lists. */
class CatalogueConsistencyTest {
  @Test
  void theCtfParsersUnknownComponentQueryIsTheCataloguesR20() {
    assertThat(CtfParser.UNKNOWN_COMPONENT).isEqualTo(ParserQueries.UNKNOWN_COMPONENT.id());
    assertThat(ParserQueries.UNKNOWN_COMPONENT.severity()).isEqualTo(Severity.QUERY);
    assertThat(ParserQueries.UNKNOWN_COMPONENT.effect()).isEqualTo(Effect.NONE);
    assertThat(RuleCatalogue.standard().definitions()).contains(ParserQueries.UNKNOWN_COMPONENT);
  }
}
