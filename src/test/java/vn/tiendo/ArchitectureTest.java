package vn.tiendo;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The package layout is the architecture: no cycles, and the model and reader stay free of the rest. */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.tiendo");

    @Test
    void packagesHaveNoCycles() {
        slices().matching("vn.tiendo.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void theProgrammeModelDependsOnNothingElseOfTheProject() {
        noClasses().that().resideInAPackage("vn.tiendo.programme..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.tiendo.storage..", "vn.tiendo.web..",
                        "vn.tiendo.cli..", "vn.tiendo.reader..", "vn.tiendo.monitoring..", "vn.tiendo.report..",
                        "vn.tiendo.security..")
                .check(CLASSES);
    }

    @Test
    void onlyTheCommandLineUsesTheCommandLine() {
        noClasses().that().resideOutsideOfPackage("vn.tiendo.cli..")
                .should().dependOnClassesThat().resideInAPackage("vn.tiendo.cli..").check(CLASSES);
    }

    @Test
    void storageKnowsNothingOfTheWeb() {
        noClasses().that().resideInAPackage("vn.tiendo.storage..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.tiendo.web..", "org.springframework.web..")
                .check(CLASSES);
    }
}
