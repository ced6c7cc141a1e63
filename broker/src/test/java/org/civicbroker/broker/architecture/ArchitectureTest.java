package org.civicbroker.broker.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of {@code ../shared/DESIGN.md}, checked on the compiled broker: no package cycles at
 * any level (features, and the packages inside them), storage adapters ({@code mongo}, {@code
 * embedded}, {@code legacy}) reached only from other adapter code and from the one wiring package,
 * and the framework-free model free of the broker.
 */
class ArchitectureTest {
  private static final String ROOT = "org.civicbroker.broker";
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT, "org.civicbroker.model");
  }

  @Test
  void featuresHaveNoCycles() {
    ArchRule rule = slices().matching(ROOT + ".(*)..").should().beFreeOfCycles();
    rule.check(classes);
  }

  @Test
  void packagesInsideFeaturesHaveNoCycles() {
    ArchRule rule = slices().matching(ROOT + ".(**)").should().beFreeOfCycles();
    rule.check(classes);
  }

  @Test
  void storageAdaptersAreUsedOnlyByAdaptersAndTheWiring() {
    ArchRule rule =
        noClasses()
            .that()
            .resideOutsideOfPackages(
                "..mongo..", "..embedded..", "..legacy..", ROOT + ".wiring..", ROOT + ".admin..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "..store.mongo..",
                "..store.embedded..",
                "..outbox.mongo..",
                "..outbox.embedded..",
                "..storage.mongo..",
                "..storage.embedded..",
                "..storage.legacy..");
    rule.check(classes);
  }

  @Test
  void apiAndServiceCodeNeverReachAStorageEngine() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAnyPackage("..api..", "..service..", "..query..", "..batch..", "..matching..")
            .and()
            .resideOutsideOfPackages("..mongo..", "..embedded..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.mongodb..", "org.bson..", "org.rocksdb..", "org.h2..");
    rule.check(classes);
  }

  @Test
  void theModelKnowsNothingOfTheBroker() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage("org.civicbroker.model..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(ROOT + "..", "io.quarkus..", "io.vertx..", "com.mongodb..");
    rule.check(classes);
  }
}
