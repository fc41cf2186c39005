package cn.liaison.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;

import jakarta.ws.rs.Path;

import org.hibernate.reactive.mutiny.Mutiny;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;

import cn.liaison.platform.persistence.JsonQuery;
import cn.liaison.platform.persistence.Sql;
import cn.liaison.platform.web.FinishesOnDisconnect;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;

/**
 * The walls of the code, checked over the compiled classes: each feature keeps its tables behind its
 * {@code repository} package and its HTTP behind {@code rest}; other features ask through the small
 * facades at a feature's top level. Features form no cycle, and the platform knows no feature.
 */
class ArchitectureTests {

    private static final JavaClasses CODE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.liaison");

    /**
     * The demo data of dev mode fills every feature's tables at once, the way a migration would; it
     * is built into dev mode only ({@code @IfBuildProfile("dev")}), so it may use their repositories.
     */
    private static final String DEMO = "cn.liaison.demo..";

    private static final List<String> FEATURES = List.of("board", "deadline", "demo", "directory", "duty", "identity", "media",
            "notification", "open311", "opinion", "region", "replytemplate", "suggestion", "wechat");

    /** What every case loop stands on; the loops (opinion, suggestion) are configurations of it. */
    private static final String KERNEL = "cn.liaison.casework..";

    @Test
    void thePlatformKnowsNoFeature() {
        noClasses().that().resideInAPackage("cn.liaison.platform..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES.stream().map(f -> "cn.liaison." + f + "..").toArray(String[]::new))
                .check(CODE);
    }

    /** The next loop (consultations, 民生实事 projects) reuses the kernel as it is: it knows no loop and no feature. */
    @Test
    void theCaseKernelKnowsNoLoop() {
        noClasses().that().resideInAPackage(KERNEL)
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES.stream().map(f -> "cn.liaison." + f + "..").toArray(String[]::new))
                .check(CODE);
        noClasses().that().resideInAPackage("cn.liaison.platform..").should().dependOnClassesThat().resideInAPackage(KERNEL).check(CODE);
    }

    @Test
    void noFeatureReachesIntoAnothersRepositoryOrResources() {
        CompositeArchRule.of(FEATURES.stream().map(feature -> {
            String home = "cn.liaison." + feature;
            return (ArchRule) noClasses().that().resideOutsideOfPackages(home + "..", DEMO)
                    .should().dependOnClassesThat().resideInAnyPackage(home + ".repository..", home + ".rest..")
                    .because("other features ask " + feature + " through its facades, in values");
        }).toList()).check(CODE);
    }

    @Test
    void featuresFormNoCycle() {
        slices().matching("cn.liaison.(*)..").should().beFreeOfCycles().check(CODE);
    }

    @Test
    void thePlatformsPartsFormNoCycle() {
        slices().matching("cn.liaison.platform.(*)..").should().beFreeOfCycles().check(CODE);
    }

    @Test
    void layersPointDownward() {
        noClasses().that().resideInAPackage("..repository..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.liaison..service..", "cn.liaison..rest..")
                .check(CODE);
        noClasses().that().resideInAPackage("cn.liaison..service..")
                .should().dependOnClassesThat().resideInAPackage("cn.liaison..rest..")
                .check(CODE);
    }

    /**
     * A resource maps HTTP to a service's call and back; what it reads or writes, and in which
     * session or transaction, is the service's to say, so no resource holds a repository or its types.
     */
    @Test
    void resourcesGoThroughServicesNeverARepository() {
        noClasses().that().resideInAPackage("cn.liaison..rest..").or().areAnnotatedWith(Path.class)
                .should().dependOnClassesThat().resideInAPackage("cn.liaison..repository..")
                .because("a resource asks a service, which owns the session and the transaction")
                .check(CODE);
    }

    /**
     * Statements, the reactive client and the session's queries live in repositories only. The
     * platform's persistence helpers are the tools repositories use, and the error mapping reads the
     * driver's exceptions (it runs no statement).
     */
    @Test
    void onlyRepositoriesSpeakSql() {
        noClasses().that().resideOutsideOfPackages("..repository..", "cn.liaison.platform.persistence..", "cn.liaison.platform.error..")
                .should().dependOnClassesThat().resideInAnyPackage("io.vertx.sqlclient..", "io.vertx.mutiny.sqlclient..", "io.vertx.pgclient..",
                        "io.vertx.mutiny.pgclient..")
                .orShould().dependOnClassesThat().belongToAnyOf(Mutiny.Session.class, Sql.class, JsonQuery.class)
                .orShould().callMethodWhere(JavaCall.Predicates.target(
                        HasName.Predicates.nameMatching("createNativeQuery|createQuery|createSelectionQuery|createMutationQuery")))
                .because("every statement lives in its feature's repository")
                .check(CODE);
    }

    /**
     * A service keeps Redis and caches out of its transaction by calling a package-private
     * {@code @WithTransaction} method of its own: ArC intercepts such a self-call, but never one to a
     * private method, which would then run with no transaction at all.
     */
    @Test
    void transactionsAndSessionsAreNeverAskedOfPrivateMethods() {
        noMethods().that().areAnnotatedWith(WithTransaction.class).or().areAnnotatedWith(WithSession.class)
                .should().bePrivate()
                .check(CODE);
    }

    @Test
    void everyResourceFinishesItsWorkWhenTheClientHangsUp() {
        classes().that().areAnnotatedWith(Path.class).and().areTopLevelClasses()
                .should().beAnnotatedWith(FinishesOnDisconnect.class)
                .check(CODE);
    }

    /** All time comes from the injected Clock, so that tests can move it and instances agree on one source. */
    @Test
    void noClassReadsTheWallClockButThroughClock() {
        noClasses().that().resideOutsideOfPackage(DEMO)
                .should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.OffsetDateTime.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .because("time is read from the injected java.time.Clock")
                .check(CODE);
    }
}
