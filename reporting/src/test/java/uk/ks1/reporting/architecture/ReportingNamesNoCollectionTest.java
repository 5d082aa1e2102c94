package uk.ks1.reporting.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Reporting takes whatever collections the app registers: its classes use no collection's own
 * types, and the dashboard's page and script name no KS1 measure, code or wording (they come from
 * the definition the server renders them from).
 */
@AnalyzeClasses(packages = "uk.ks1.reporting", importOptions = ImportOption.DoNotIncludeTests.class)
class ReportingNamesNoCollectionTest {
  @ArchTest
  static final ArchRule reportingUsesNoCollectionsOwnTypes =
      noClasses()
          .that()
          .resideInAPackage("uk.ks1.reporting..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("uk.ks1.collections..")
          .because("a collection's measures and words reach reporting through its definition");

  private static final Pattern KS1 =
      Pattern.compile(
          "EXS|GDS|KS1|Key stage 1|[Rr]eading|[Ww]riting|[Mm]aths|[Ss]cience|RWM|rwm|exsPlus|gds");

  @Test
  void theDashboardsFilesNameNoKs1Measure() throws IOException {
    for (String file : List.of("index.html", "dashboard.js")) {
      String text;
      try (InputStream in =
          getClass().getClassLoader().getResourceAsStream("uk/ks1/reporting/web/" + file)) {
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      assertThat(KS1.matcher(text).results().map(r -> r.group()).toList()).as(file).isEmpty();
    }
  }
}
