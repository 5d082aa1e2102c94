package uk.ks1.reporting.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "uk.ks1.reporting", importOptions = ImportOption.DoNotIncludeTests.class)
class ReportingDependenciesTest {
  @ArchTest
  static final ArchRule reportingReadsTheStoreNeverKafka =
      noClasses()
          .that()
          .resideInAPackage("uk.ks1.reporting..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.apache.kafka..", "org.apache.camel..", "uk.ks1.ingest..", "uk.ks1.kafka..")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("uk.ks1.aggregate.writer.StoreWriter")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("uk.ks1.aggregate.consumer.AggregateConsumer")
          .because(
              "reporting reads the store, never Kafka, and never writes: the aggregate role is the"
                  + " store's one writer");
}
