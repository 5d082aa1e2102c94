package uk.ks1.kafka;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "uk.ks1.kafka", importOptions = ImportOption.DoNotIncludeTests.class)
class KafkaDependenciesTest {
  @ArchTest
  static final ArchRule thePlumbingKnowsNoRole =
      noClasses()
          .that()
          .resideInAPackage("uk.ks1.kafka..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "uk.ks1.validate..",
              "uk.ks1.ingest..",
              "uk.ks1.aggregate..",
              "uk.ks1.reporting..",
              "uk.ks1.app..",
              "org.apache.camel..",
              "org.duckdb..",
              "java.sql..")
          .because(
              "the Kafka plumbing is shared by every role: what a record or a batch means is the"
                  + " role's, handed to the loop as a Transform or a Sink");
}
