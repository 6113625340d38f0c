package uk.gov.gcs.digitalskills.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shape of the code (DESIGN.md §5), enforced. */
class ArchitectureTest {
    private static final String ROOT = "uk.gov.gcs.digitalskills";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void coreDependsOnlyOnCoreAndTheJdk() {
        classes().that().resideInAPackage(ROOT + ".core..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(ROOT + ".core..", "java..")
                .because("the rules live in a pure core that knows nothing of JavaFX, JSON, SQL or PDF")
                .check(classes);
    }

    @Test
    void onlyTheAppUsesJavaFx() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..")
                .because("the command line must run with no display and the core must stay pure")
                .check(classes);
    }

    @Test
    void nothingBelowTheAppDependsOnTheAppOrTheCommandLine() {
        noClasses().that().resideInAnyPackage(ROOT + ".core..", ROOT + ".io..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".app..", ROOT + ".cli..")
                .check(classes);
    }

    @Test
    void appAndCommandLineAreIndependent() {
        noClasses().that().resideInAPackage(ROOT + ".cli..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".app..")
                .check(classes);
        noClasses().that().resideInAPackage(ROOT + ".app..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".cli..")
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theAppStartsNoThreadsOfItsOwn() {
        noClasses().that().resideInAPackage(ROOT + ".app..")
                // StartupProbe ends the JVM after a delay, for the start-up benchmark only; nothing waits for it.
                .and().doNotHaveFullyQualifiedName(ROOT + ".app.StartupProbe")
                .should().callConstructorWhere(new DescribedPredicate<JavaConstructorCall>("a new Thread") {
                    @Override
                    public boolean test(JavaConstructorCall call) {
                        return call.getTargetOwner().isAssignableTo(Thread.class);
                    }
                })
                .because("work off the FX thread goes through Background, whose lanes stop() shuts down")
                .check(classes);
    }

    @Test
    void theAppNeverShowsAnExceptionsOwnText() {
        noClasses().that().resideInAPackage(ROOT + ".app..")
                .should().callMethodWhere(new DescribedPredicate<JavaMethodCall>("Throwable.getMessage()") {
                    @Override
                    public boolean test(JavaMethodCall call) {
                        String name = call.getTarget().getName();
                        return (name.equals("getMessage") || name.equals("getLocalizedMessage"))
                                && call.getTargetOwner().isAssignableTo(Throwable.class);
                    }
                })
                .because("io failures carry a reason that ErrorPresenter words from the bundle; raw SQL or OS"
                        + " text must never reach a user")
                .check(classes);
    }

    @Test
    void theAppReachesTheDatabaseOnlyThroughTheCompositionRoot() {
        noClasses().that().resideInAPackage(ROOT + ".app..")
                .and().doNotHaveFullyQualifiedName(ROOT + ".app.DigitalSkillsApp")
                .and().doNotHaveFullyQualifiedName(ROOT + ".app.AppServices")
                .should().dependOnClassesThat(new DescribedPredicate<JavaClass>("io.db classes other than its failures and their reasons") {
                    @Override
                    public boolean test(JavaClass target) {
                        // A failure and its reason (such as DatabaseException.Kind) are data, not the database.
                        boolean failure = target.isAssignableTo(Throwable.class) || target.getEnclosingClass()
                                .map(outer -> outer.isAssignableTo(Throwable.class)).orElse(false);
                        return target.getPackageName().startsWith(ROOT + ".io.db") && !failure;
                    }
                })
                .because("screens and the session use the core.assessment.AssessmentRepository port, so their"
                        + " tests need no database; a failure's reason is data any screen may read")
                .check(classes);
    }

    @Test
    void noStandardStreamsOutsideTheEntryPoint() {
        noClasses().that().resideInAnyPackage(ROOT + ".core..", ROOT + ".io..", ROOT + ".app..")
                // StartupProbe prints one line for the start-up benchmark, only when -Ddsa.startupProbe is set.
                .and().doNotHaveFullyQualifiedName(ROOT + ".app.StartupProbe")
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .because("the command line prints through picocli and everything else logs")
                .check(classes);
    }
}
