package vn.motcua;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module structure of DESIGN.md, kept: no cycles, no reaching into another module's internals,
 * Camunda only in workflow, and no class outside a module but the application's.
 */
class ModularityTest {

  static final ApplicationModules MODULES = ApplicationModules.of(MotCuaApplication.class);

  static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("vn.motcua");

  @Test
  void modulesRespectTheirBoundaries() {
    MODULES.verify();
  }

  /**
   * A class in the root package belongs to no module, so {@code verify()} would not see its
   * dependencies: everything but the application class lives in a module ({@code system} for what
   * the application runs on).
   */
  @Test
  void everyClassButTheApplicationBelongsToAModule() {
    classes()
        .that()
        .resideInAPackage("vn.motcua")
        .should()
        .haveFullyQualifiedName(MotCuaApplication.class.getName())
        .because("a class in vn.motcua escapes Spring Modulith's verification")
        .check(MAIN);
  }

  @Test
  void onlyTheWorkflowModuleImportsCamunda() {
    noClasses()
        .that()
        .resideOutsideOfPackage("vn.motcua.workflow..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.camunda..")
        .because("the domain knows the engine only as a port (DESIGN.md, Conventions)")
        .check(MAIN);
  }

  @Test
  void writesTheModuleDiagramsForTheReadme() {
    new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
  }
}
