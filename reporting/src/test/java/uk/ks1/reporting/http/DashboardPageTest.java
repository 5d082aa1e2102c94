package uk.ks1.reporting.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.ks1.collections.ks1ta.Ks1Ta;
import uk.ks1.core.json.Json;
import uk.ks1.reporting.toy.ReadingCheck;

class DashboardPageTest {
  private static final Pattern SCRIPT =
      Pattern.compile("<script type=\"application/json\" id=\"collection\">(.*)</script>\n");

  private static String page(uk.ks1.core.collection.CollectionDefinition d) {
    return new String(DashboardPage.render(d).body(), StandardCharsets.UTF_8);
  }

  /**
   * KS1's page is the page as it was before its words moved to the definition, byte for byte, with
   * what issue 20 added (the DfE's published figures beside the provisional ones, results by code)
   * and issue 22 (the sign-in with an access token, the "Who has sent" panel, the form that records
   * a headteacher's confirmation).
   */
  @Test
  void ks1sPageIsThePageItWasBesideTheScriptsCollection() throws Exception {
    String before;
    try (InputStream in = getClass().getResourceAsStream("ks1-dashboard-before.html")) {
      before = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String page = page(Ks1Ta.definition());
    Matcher m = SCRIPT.matcher(page);
    assertThat(m.find()).isTrue();
    assertThat(page.substring(0, m.start()) + page.substring(m.end())).isEqualTo(before);
    JsonNode script = Json.read(m.group(1).getBytes(StandardCharsets.UTF_8), JsonNode.class);
    assertThat(script.get("measures").findValuesAsText("key"))
        .containsExactly("reading", "writing", "maths", "science", "rwm");
    assertThat(script.get("measures").findValuesAsText("label"))
        .containsExactly("Reading", "Writing", "Maths", "Science", "RWM*");
    assertThat(script.get("met").asText()).isEqualTo("exsPlus");
    assertThat(script.get("higher").asText()).isEqualTo("gds");
  }

  @Test
  void anotherCollectionsPageIsInItsWordsWithNothingOfKs1() {
    String page = page(ReadingCheck.DEFINITION);
    assertThat(page)
        .contains(
            "<title>Reading check returns: live provisional figures</title>",
            "<h1 class=\"govuk-heading-xl\">The reading check, <span id=\"year-label\">",
            "<span class=\"ks1-card__label\">Passed Met</span>"
                + "<span class=\"ks1-card__value\" id=\"national-passed\">",
            "<option value=\"passed\">Passed</option>",
            "not applicable (nobody is above the standard).")
        .doesNotContain("{{", "EXS", "GDS", "KS1", "Reading<", "science", "rwm");
  }

  @Test
  void labelsAreEscapedAndTheScriptCannotBeClosedByThem() {
    assertThat(DashboardPage.html("<b>\"R&D\"</b>"))
        .isEqualTo("&lt;b&gt;&quot;R&amp;D&quot;&lt;/b&gt;");
    String page = page(Ks1Ta.definition());
    Matcher m = SCRIPT.matcher(page);
    assertThat(m.find()).isTrue();
    assertThat(m.group(1)).doesNotContain("<");
  }
}
