package uk.ks1.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "uk.ks1.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreDependenciesTest {
  @ArchTest
  static final ArchRule coreStaysLight =
      noClasses()
          .that()
          .resideInAPackage("uk.ks1.core..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.apache.camel..",
              "org.apache.kafka..",
              "org.duckdb..",
              "java.sql..",
              "io.javalin..")
          .because(
              "core is the vocabulary every module shares; it must be testable and usable without a"
                  + " broker, a store or a server");
}
