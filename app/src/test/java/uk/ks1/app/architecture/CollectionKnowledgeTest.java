package uk.ks1.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A collection's knowledge stays in its definition (docs/architecture.md, "Collections"): outside
 * {@code collections/.../ks1ta}, no main source names a KS1 subject, result code or scaled score,
 * and no generic module uses KS1's types (ArchUnit: so no {@code Subject}, {@code ScaledScore} or
 * {@code Ks1Ta}); only the app's registration of the definitions does.
 */
class CollectionKnowledgeTest {
  /** The repository's root: app's tests run in app/. */
  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  private static final Path KS1TA =
      Path.of("collections", "src", "main", "java", "uk", "ks1", "collections", "ks1ta");

  /** The one place the app names the definitions it registers. */
  private static final String REGISTRATION = "uk.ks1.app.pipeline.Registered";

  /** KS1's subjects, scores and codes, as a word in code or text (comments are not scanned). */
  private static final Pattern KS1_WORDS =
      Pattern.compile(
          "(?i)\\b(reading|maths|science|rwm|scaled[ _]?scores?|gps)\\b"
              + "|\\b(reading|maths|science|writing|gps)_(score|eligible|exs|gds)\\w*"
              + "|\"(EXS|GDS|WTS|HNM|PK[1-4F]|BLW|EM)\"");

  /**
   * Words found on purpose, each with its reason: PupilRecord reads events written before the
   * definitions, whose scores came in a field of that name; a metric's description says the intake
   * is reading a file.
   */
  private static final List<String> ALLOWED =
      List.of(
          "core/src/main/java/uk/ks1/core/event/PupilRecord.java: scaledScores",
          "reporting/src/main/java/uk/ks1/reporting/metrics/IntakeMetrics.java: reading");

  @Test
  void noGenericMainSourceNamesAKs1SubjectCodeOrScore() {
    List<String> found = new ArrayList<>();
    for (Path file : mainSources()) {
      String code = withoutComments(read(file));
      Matcher m = KS1_WORDS.matcher(code);
      while (m.find()) {
        String hit = ROOT.relativize(file) + ": " + m.group();
        if (!ALLOWED.contains(hit)) {
          found.add(hit);
        }
      }
    }
    assertThat(found).as("KS1 knowledge outside ks1ta").isEmpty();
  }

  @Test
  void noGenericModuleUsesKs1Types() {
    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("uk.ks1");
    noClasses()
        .that()
        .resideOutsideOfPackage("uk.ks1.collections..")
        .and()
        .resideOutsideOfPackage("uk.ks1.testkit..")
        .and()
        .doNotHaveFullyQualifiedName(REGISTRATION)
        .should()
        .dependOnClassesThat()
        .resideInAPackage("uk.ks1.collections..")
        .because("generic modules take whatever definitions the app registers")
        .check(classes);
  }

  private static List<Path> mainSources() {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> modules = Files.list(ROOT)) {
      // testkit's main code is the tests' own support (KS1's test pupils and files)
      for (Path module :
          modules.filter(Files::isDirectory).filter(m -> !m.endsWith("testkit")).toList()) {
        Path main = module.resolve("src/main/java");
        if (!Files.isDirectory(main)) {
          continue;
        }
        try (Stream<Path> walk = Files.walk(main)) {
          walk.filter(p -> p.toString().endsWith(".java"))
              .filter(p -> !ROOT.relativize(p).startsWith(KS1TA))
              .filter(p -> !p.endsWith(REGISTRATION.replace('.', '/') + ".java"))
              .forEach(files::add);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(files).as("main sources found under " + ROOT).hasSizeGreaterThan(100);
    return files;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The code with its comments blanked (a comment may name KS1 as an example). */
  static String withoutComments(String code) {
    return code.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)//.*$", " ");
  }
}
