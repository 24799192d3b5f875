package vn.tiendo;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * The package layout is the architecture (see ARCHITECTURE.md):
 * <ul>
 *   <li>{@code programme}: the model; depends on no other project package and not on Spring;</li>
 *   <li>{@code reader}: reads documents; depends only on {@code programme}, never on Spring web or JDBC;</li>
 *   <li>{@code storage}, {@code programmes}, {@code audit}, {@code security}, {@code entry},
 *       {@code monitoring}: stores (SQL only) and services (policy), none of them knows the web;</li>
 *   <li>{@code web}: controllers over services; runs no SQL;</li>
 *   <li>{@code demo} and {@code bench}: only for {@code serve --demo} and {@code bench}; only {@code cli} (and the
 *       start-up class) depends on them;</li>
 *   <li>{@code cli}: the command line; nothing else depends on it;</li>
 *   <li>no cycles between top-level packages.</li>
 * </ul>
 * Rules about packages that may not exist yet ({@code programmes}) allow an empty selection.
 */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.tiendo");

    /** Where SQL is run: JdbcClient, JdbcTemplate, DataSource and the rest of Spring JDBC. */
    static final String[] SQL = {"org.springframework.jdbc..", "javax.sql.."};

    @Test
    void topLevelPackagesHaveNoCycles() {
        slices().matching("vn.tiendo.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void theProgrammeModelDependsOnNoOtherProjectPackageAndNotOnSpring() {
        noClasses().that().resideInAPackage("vn.tiendo.programme..")
                .should().dependOnClassesThat(resideInAPackage("vn.tiendo..")
                        .and(not(resideInAPackage("vn.tiendo.programme..")))
                        .or(resideInAPackage("org.springframework..")))
                .check(CLASSES);
    }

    @Test
    void theReaderDependsOnlyOnTheProgrammeModel() {
        noClasses().that().resideInAPackage("vn.tiendo.reader..")
                .should().dependOnClassesThat(resideInAPackage("vn.tiendo..")
                        .and(not(resideInAnyPackage("vn.tiendo.reader..", "vn.tiendo.programme..")))
                        .or(resideInAnyPackage("org.springframework.web..", "org.springframework.jdbc..", "javax.sql..")))
                .check(CLASSES);
    }

    @Test
    void nothingButTheCommandLineDependsOnTheDemo() {
        noClasses().that().resideOutsideOfPackages("vn.tiendo.demo..", "vn.tiendo.cli..")
                .and().doNotHaveFullyQualifiedName(TiendoApplication.class.getName())
                .should().dependOnClassesThat().resideInAPackage("vn.tiendo.demo..")
                .check(CLASSES);
    }

    @Test
    void nothingButTheCommandLineDependsOnTheBenchmarks() {
        noClasses().that().resideOutsideOfPackages("vn.tiendo.bench..", "vn.tiendo.cli..")
                .and().doNotHaveFullyQualifiedName(TiendoApplication.class.getName())
                .should().dependOnClassesThat().resideInAPackage("vn.tiendo.bench..")
                .check(CLASSES);
    }

    @Test
    void theWebRunsNoSql() {
        noClasses().that().resideInAPackage("vn.tiendo.web..")
                .should().dependOnClassesThat().resideInAnyPackage(SQL)
                .check(CLASSES);
    }

    @Test
    void noControllerRunsSql() {
        noClasses().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().dependOnClassesThat().resideInAnyPackage(SQL)
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

    @Test
    void storedProgrammesKnowNothingOfTheWeb() {
        noClasses().that().resideInAPackage("vn.tiendo.programmes..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.tiendo.web..", "org.springframework.web..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void servicesKnowNothingOfTheWebPages() {
        noClasses().that().resideInAnyPackage("vn.tiendo.audit..", "vn.tiendo.security..", "vn.tiendo.entry..",
                        "vn.tiendo.monitoring..", "vn.tiendo.programmes..", "vn.tiendo.storage..")
                .should().dependOnClassesThat().resideInAPackage("vn.tiendo.web..")
                .check(CLASSES);
    }

    @Test
    void theAuditDependsOnNoOtherProjectPackage() {
        noClasses().that().resideInAPackage("vn.tiendo.audit..")
                .should().dependOnClassesThat(resideInAPackage("vn.tiendo..")
                        .and(not(resideInAPackage("vn.tiendo.audit.."))))
                .check(CLASSES);
    }
}
