package io.slotwise;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The import rules each package's {@code package-info.java} states: dependencies point one way (ui, api →
 * service → engine, store; interop and publishing beside service; desktop launches ui), the engine is plain Java,
 * only the store speaks SQL, and no two packages depend on each other.
 */
class ArchitectureTest {

    private static final String ROOT = "io.slotwise";
    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    }

    @Test
    void everyPackageIsOneTheRulesKnow() {
        Set<String> packages = new TreeSet<>();
        main.forEach(c -> packages.add(c.getPackageName()));
        // A new package must get a package-info.java and a rule below before it lands.
        assertThat(packages).isSubsetOf(ROOT, ROOT + ".engine", ROOT + ".store", ROOT + ".service", ROOT + ".publishing",
                ROOT + ".interop", ROOT + ".api", ROOT + ".api.blotato", ROOT + ".api.feedhive", ROOT + ".api.ayrshare",
                ROOT + ".ui", ROOT + ".desktop");
        assertThat(packages).contains(ROOT + ".engine", ROOT + ".service", ROOT + ".publishing", ROOT + ".api.blotato");
    }

    @Test
    void theEngineIsPlainJava() {
        check(classes().that().resideInAPackage("..slotwise.engine..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("io.slotwise.engine..", "java.lang..", "java.util..",
                        "java.time..", "java.math..")
                .because("the engine is pure Java: no JavaFX, SQL, Jackson or I/O (SPEC, layout)"));
    }

    @Test
    void onlyTheStoreSpeaksSql() {
        check(noClasses().that().resideOutsideOfPackages("io.slotwise.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.jdbi..", "org.h2..",
                        "org.flywaydb..")
                .because("store is the only package that speaks SQL"));
    }

    @Test
    void theStoreKnowsOnlyTheEngine() {
        onlyOurs("store", "engine");
    }

    @Test
    void servicesSpeakTheDomainOnly() {
        onlyOurs("service", "engine", "store");
    }

    @Test
    void publishingSitsBesideTheServices() {
        onlyOurs("publishing", "service", "engine", "store", "api.blotato");
        check(noClasses().that().resideInAPackage("io.slotwise.publishing..")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "io.slotwise.api")
                .because("publishing speaks the dialects' shapes as a client, never through the local server"));
    }

    @Test
    void interopSitsBesideTheServices() {
        onlyOurs("interop", "service", "engine", "store");
    }

    @Test
    void theApiGoesThroughTheServices() {
        onlyOurs("api", "api.blotato", "api.feedhive", "api.ayrshare", "service", "engine");
        for (String dialect : new String[] {"blotato", "feedhive", "ayrshare"}) {
            onlyOurs("api." + dialect, "api", "service", "engine");
            check(noClasses().that().resideInAPackage(ROOT + ".api." + dialect)
                    .should().dependOnClassesThat().resideInAnyPackage(otherDialects(dialect))
                    .because("a dialect is one folder of its own"));
        }
    }

    @Test
    void theUiGoesThroughTheServices() {
        onlyOurs("ui", "service", "publishing", "interop", "engine");
    }

    @Test
    void onlyMainLaunchesTheDesktop() {
        check(noClasses().that().resideOutsideOfPackages(ROOT, ROOT + ".desktop")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".desktop")
                .because("desktop launches the window; the window never reaches back into its launcher"));
    }

    @Test
    void noPackageDependsOnItsDependents() {
        check(slices().matching(ROOT + ".(*)..").should().beFreeOfCycles());
    }

    @Test
    void theRulesSeeWhatTheyForbid() {
        // The window does use publishing and interop: a rule that forbade them must fail, or the rules see nothing.
        assertThat(onlyOursRule("ui", "service", "engine").evaluate(main).hasViolation()).isTrue();
        assertThat(classes().that().resideInAPackage("..slotwise.service..").should().onlyDependOnClassesThat()
                .resideInAnyPackage("io.slotwise.engine..", "java..").evaluate(main).hasViolation()).isTrue();
    }

    /** Classes of {@code pkg} use, of Slotwise's own packages, only {@code pkg} itself and {@code allowed}. */
    private static void onlyOurs(String pkg, String... allowed) {
        check(onlyOursRule(pkg, allowed));
    }

    private static ArchRule onlyOursRule(String pkg, String... allowed) {
        Set<String> ours = new TreeSet<>(Set.of("engine", "store", "service", "publishing", "interop", "api", "api.blotato",
                "api.feedhive", "api.ayrshare", "ui", "desktop"));
        ours.remove(pkg);
        for (String a : allowed) {
            ours.remove(a);
        }
        String[] forbidden = ours.stream().map(p -> ROOT + "." + p).toArray(String[]::new);
        return noClasses().that().resideInAPackage(ROOT + "." + pkg)
                .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                .because(pkg + "'s package-info.java lists what it may import");
    }

    private static String[] otherDialects(String dialect) {
        return Set.of("blotato", "feedhive", "ayrshare").stream().filter(d -> !d.equals(dialect))
                .map(d -> ROOT + ".api." + d).toArray(String[]::new);
    }

    private static void check(ArchRule rule) {
        EvaluationResult result = rule.evaluate(main);
        assertThat(result.hasViolation()).as(() -> String.join("\n", result.getFailureReport().getDetails())).isFalse();
    }
}
