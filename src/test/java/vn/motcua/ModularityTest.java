package vn.motcua;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module structure of DESIGN.md, kept: no cycles, no reaching into another module's internals,
 * Camunda only in workflow.
 */
class ModularityTest {

  static final ApplicationModules MODULES = ApplicationModules.of(MotCuaApplication.class);

  @Test
  void modulesRespectTheirBoundaries() {
    MODULES.verify();
  }

  @Test
  void onlyTheWorkflowModuleImportsCamunda() {
    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.motcua");
    noClasses()
        .that()
        .resideOutsideOfPackage("vn.motcua.workflow..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.camunda..")
        .because("the domain knows the engine only as a port (DESIGN.md, Conventions)")
        .check(classes);
  }

  @Test
  void writesTheModuleDiagramsForTheReadme() {
    new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
  }
}
