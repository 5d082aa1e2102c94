package uk.ks1.ingest.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "uk.ks1.ingest", importOptions = ImportOption.DoNotIncludeTests.class)
class IngestDependenciesTest {
  @ArchTest
  static final ArchRule ingestPublishesItNeverValidates =
      noClasses()
          .that()
          .resideInAPackage("uk.ks1.ingest..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("uk.ks1.validate..", "uk.ks1.aggregate..", "uk.ks1.reporting..")
          .because(
              "the intake parses and publishes; the validate role runs the rules once, and the"
                  + " rule vocabulary it needs (definitions, templates, file rules) is in core");

  @ArchTest
  static final ArchRule ingestKnowsNoCollection =
      noClasses()
          .that()
          .resideInAPackage("uk.ks1.ingest..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("uk.ks1.collections..")
          .because(
              "the intake reads whatever collections it is given: a collection's CTF rows,"
                  + " template columns and wording are its definition's CollectionIntake");
}
