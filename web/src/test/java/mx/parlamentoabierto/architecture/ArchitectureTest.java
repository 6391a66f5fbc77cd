package mx.parlamentoabierto.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import mx.parlamentoabierto.search.application.SearchAdmission;

/**
 * The rules of the house, written as tests over the compiled classes of every module the WAR holds (ejb, scrapers and
 * web): what may call what, and how big a class may grow. docs/architecture.md explains each rule.
 */
class ArchitectureTest {

    private static final String ROOT = "mx.parlamentoabierto";
    /** The features: each owns domain / application / infrastructure / interfaces packages under its name. */
    static final Set<String> FEATURES = Set.of("audit", "budget", "compliance", "debate", "demo", "document", "evaluation", "identity",
            "ingest", "legislator", "legislature", "methodology", "opendata", "published", "scoring", "scraping", "search", "vote");
    /**
     * The classes that open units of work by hand ({@code Database.open()}) besides the interceptor: use cases that commit
     * in steps (ADR 0025), each with its reason. Everything else is a {@code @UnitOfWork} use case.
     */
    static final Map<String, String> STEPPED_UNITS = Map.of(
            "mx.parlamentoabierto.document.application.DocumentIngestion", "the record is committed before its extraction is queued; "
                    + "no unit is held while a file is extracted",
            "mx.parlamentoabierto.document.application.DocumentReindex", "the archive is read in batches, one unit each (larger than memory)",
            "mx.parlamentoabierto.document.application.SearchOutboxRelay", "no unit is held while Elasticsearch indexes a batch",
            "mx.parlamentoabierto.vote.application.VoteImport", "the page is archived first; references and the roll call are retried "
                    + "after a conflict with a concurrent import",
            "mx.parlamentoabierto.debate.application.DebateImport", "as VoteImport: archived first, then references and the debate retried",
            "mx.parlamentoabierto.budget.application.BudgetImport", "the file is archived before its lines are stored",
            "mx.parlamentoabierto.opendata.application.OpenData", "a dataset is built outside any unit; its version recorded once the files are in place",
            "mx.parlamentoabierto.opendata.infrastructure.SqlDatasetSources", "a dataset's rows are read page by page, one unit each");
    private static final int MAX_LINES = 400;
    /**
     * The main classes allowed over {@value #MAX_LINES} lines, each with its reason. At most three: a fourth is a class
     * that should have been split.
     */
    static final Map<String, String> LARGE_CLASSES = Map.of(
            "ejb/src/main/java/mx/parlamentoabierto/opendata/infrastructure/SqlDatasetSources.java",
            "the twelve datasets' column lists and SQL, declarative and read side by side with the codebook",
            "search-node/src/main/java/mx/parlamentoabierto/searchnode/launcher/SearchNode.java",
            "the embedded node's launcher: download, verify, configure, start and stop one process, a separate program",
            "ejb/src/main/java/mx/parlamentoabierto/budget/application/CuentaPublicaLayout.java",
            "the SHCP's families of Cuenta Pública headings and their sums, one table of layouts read top to bottom; it becomes "
                    + "the Cuenta Pública scraper's reader when the budget reader moves behind the scrapers' SPI");

    private static JavaClasses portal;

    @BeforeAll
    static void importClasses() {
        portal = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    }

    /** Every search that answers a request passes admission (ADR 0022): only SearchAdmission calls the indices' search methods. */
    @Test
    void onlyTheSearchAdmissionRunsSearches() {
        noClasses().that().doNotHaveFullyQualifiedName(SearchAdmission.class.getName())
                .should().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching("search|searchVariables"))
                        .and(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                                com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                                        com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage("mx.parlamentoabierto.search.application")))))
                .because("a search outside SearchAdmission escapes the rate limit and the concurrency gates (issue 25)")
                .check(portal);
    }

    /** One idiom for units of work (ADR 0025): use cases are {@code @UnitOfWork}; only the stepped ones open units by hand. */
    @Test
    void unitsOfWorkAreOpenedByTheInterceptorOrTheSteppedUseCases() {
        noClasses().that().doNotHaveFullyQualifiedName(ROOT + ".platform.persistence.UnitOfWorkInterceptor")
                .and().doNotHaveFullyQualifiedName(ROOT + ".platform.persistence.Database")
                .and(com.tngtech.archunit.base.DescribedPredicate.describe("are not stepped use cases",
                        (JavaClass c) -> !STEPPED_UNITS.containsKey(c.getName()) && !STEPPED_UNITS.containsKey(c.getName().replaceAll("\\$.*", ""))))
                .should().callMethod(ROOT + ".platform.persistence.Database", "open")
                .because("a use case runs in one unit of work declared with @UnitOfWork; a unit opened by hand is a step the allow-list explains")
                .check(portal);
    }

    /**
     * Use cases leave the entity manager to their repositories (the feature's infrastructure): an application class that
     * queries the database itself is a repository method waiting to be written. One exception, with its reason.
     */
    @Test
    void applicationClassesLeaveTheEntityManagerToRepositories() {
        noClasses().that().resideInAPackage("..application..")
                .and().doNotHaveFullyQualifiedName(ROOT + ".legislator.application.LegislatorDirectory") // its dynamic search
                // SQL moves to the legislator repository together with the directory's Query and Entry records, which the
                // web pages and resources use (a change of its own)
                .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .orShould().callMethod(ROOT + ".platform.persistence.Database", "currentEntityManager")
                .because("repositories take the unit of work's entity manager; use cases call repositories (ADR 0025)")
                .check(portal);
    }

    /** The interceptor applies to business methods only: @UnitOfWork on a private or static method would silently do nothing. */
    @Test
    void unitsOfWorkAreDeclaredOnMethodsTheContainerIntercepts() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods().that()
                .areAnnotatedWith(ROOT + ".platform.persistence.UnitOfWork")
                .should().notBePrivate().andShould().notBeStatic()
                .because("CDI intercepts only business methods called through the bean")
                .check(portal);
    }

    @Test
    void noPackageCycles() {
        slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(portal);
    }

    @Test
    void theDomainImportsNoApplicationInfrastructureInterfacesOrScrapers() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..application..", "..infrastructure..", "..interfaces..", ROOT + ".scrapers..")
                .because("the domain is the feature's vocabulary; everything else depends on it, never the other way")
                .check(portal);
    }

    /** The web module holds only the interfaces packages (and the HTTP shell in platform.interfaces). */
    @Test
    void theEjbModuleNeverImportsTheWebModule() {
        noClasses().that().resideOutsideOfPackage("..interfaces..")
                .should().dependOnClassesThat().resideInAPackage("..interfaces..")
                .because("web → ejb → platform: the application runs without its pages and resources")
                .check(portal);
    }

    @Test
    void thePlatformImportsNoFeature() {
        noClasses().that().resideInAPackage(ROOT + ".platform..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES.stream().map(f -> ROOT + "." + f + "..").toArray(String[]::new))
                .because("the platform is the shell every feature stands on (persistence, configuration, events, HTTP)")
                .check(portal);
    }

    @Test
    void noFeatureReachesIntoAnotherFeaturesInfrastructure() {
        noClasses().should(reachIntoAnotherFeaturesInfrastructure())
                .because("a feature offers its ports and services; how it stores or sends is its own business")
                .check(portal);
    }

    @Test
    void noMainClassIsOverFourHundredLinesButTheAllowedOnes() throws IOException {
        Path repository = Path.of("").toAbsolutePath().getParent();
        Map<String, Long> large = new TreeMap<>();
        for (String module : List.of("ejb", "web", "cli", "scrapers", "search-node", "tika-worker", "tika-protocol")) {
            Path sources = repository.resolve(module).resolve("src/main/java");
            if (!Files.isDirectory(sources)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    long lines = lines(f);
                    if (lines > MAX_LINES) {
                        large.put(repository.relativize(f).toString(), lines);
                    }
                }
            }
        }
        assertTrue(LARGE_CLASSES.size() <= 3, "the allow-list holds at most three classes");
        List<String> over = new ArrayList<>();
        large.forEach((file, lines) -> {
            if (!LARGE_CLASSES.containsKey(file)) {
                over.add(file + " (" + lines + " lines)");
            }
        });
        assertEquals(List.of(), over, "main classes over " + MAX_LINES + " lines: split them by use case");
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Pattern FEATURE_PACKAGE = Pattern.compile(Pattern.quote(ROOT) + "\\.([a-z]+)(\\..*)?");

    private static String feature(String packageName) {
        Matcher m = FEATURE_PACKAGE.matcher(packageName);
        return m.matches() && FEATURES.contains(m.group(1)) ? m.group(1) : null;
    }

    private static ArchCondition<JavaClass> reachIntoAnotherFeaturesInfrastructure() {
        return new ArchCondition<>("depend on another feature's infrastructure") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String own = feature(origin.getPackageName());
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                    String target = d.getTargetClass().getPackageName();
                    String theirs = feature(target);
                    if (theirs != null && !theirs.equals(own) && target.startsWith(ROOT + "." + theirs + ".infrastructure")) {
                        events.add(SimpleConditionEvent.violated(origin, d.getDescription()));
                    }
                }
            }
        };
    }
}
