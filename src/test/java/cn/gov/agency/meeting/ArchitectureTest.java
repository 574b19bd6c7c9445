package cn.gov.agency.meeting;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.CanBeAnnotated;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.RestController;

/**
 * The shape issue 21 gave the code, guarded for whoever carries it on. No package cycle and the
 * meeting's own rules have no exceptions. The violations of the other rules that existed when they came
 * in are frozen in src/test/resources/archunit_store (ArchUnit's FreezingArchRule): a new one fails the
 * build, a fixed one leaves the store — controllers reading the organisation's repository,
 * AdhocApplicationService refusing with the engine's AuthorizationException.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchitectureTest {

  private static final String ROOT = "cn.gov.agency.meeting";
  private static final Pattern MEETING_TABLE_WRITE = Pattern.compile(
      "(?i)\\b(insert\\s+into|update|delete\\s+from)\\s+meeting(_participant|_staff)?\\b");

  private JavaClasses classes;

  @BeforeAll
  void importTheApplication() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(ROOT);
  }

  /**
   * No package depends on itself through others. The shared names sit low (process/LifecycleVariables,
   * meeting/'s records); where a low package needs a higher one's records it declares what it reads and
   * the owner implements it (routing/BoundRecords), and a view that combines two features lives in the
   * one that knows both (adhoc/ApplicationClashes over clash/).
   */
  @Test
  void featurePackagesHaveNoCycles() {
    slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
  }

  /** Services holding business rules; engine glue lives in engine, contract, routing, deployment, admin. */
  @Test
  void ruleServicesDoNotUseTheEngine() {
    check(classes().that().areAnnotatedWith(Service.class)
        .and().resideOutsideOfPackages(ROOT + ".engine..", ROOT + ".contract..", ROOT + ".routing..",
            ROOT + ".deployment..", ROOT + ".admin..")
        .should().onlyDependOnClassesThat().resideOutsideOfPackage("org.camunda.."));
  }

  /** Meeting's repository is package-private; this names the rule for whoever would open it up again. */
  @Test
  void onlyTheMeetingPackageUsesItsRepositories() {
    noClasses().that().resideOutsideOfPackage(ROOT + ".meeting")
        .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage(ROOT + ".meeting")
            .and(CanBeAnnotated.Predicates.annotatedWith(Repository.class)))
        .because("other features read the meeting through Meetings and change it through MeetingSchedule"
            + " and MeetingPeople")
        .check(classes);
  }

  /**
   * Only meeting/ writes the meeting's tables (the row, its participants, its staff): no SQL of another
   * package inserts, updates or deletes them. Read from the sources, where the SQL text is.
   */
  @Test
  void onlyTheMeetingPackageWritesTheMeetingTables() throws IOException {
    Path sources = Path.of("src/main/java", ROOT.split("\\."));
    Path meeting = sources.resolve("meeting");
    List<String> writers;
    try (Stream<Path> files = Files.walk(sources)) {
      writers = files.filter(file -> file.toString().endsWith(".java") && !file.getParent().equals(meeting))
          .filter(ArchitectureTest::writesAMeetingTable)
          .map(file -> sources.relativize(file).toString())
          .toList();
    }
    assertThat(writers).as("classes outside meeting/ writing the meeting tables").isEmpty();
  }

  private static boolean writesAMeetingTable(Path file) {
    try {
      return MEETING_TABLE_WRITE.matcher(Files.readString(file)).find();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void controllersUseNoRepositoryOfAnotherFeature() {
    check(classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
        .should(new ArchCondition<JavaClass>("use no repository of another feature") {
          @Override
          public void check(JavaClass controller, ConditionEvents events) {
            controller.getDirectDependenciesFromSelf().stream()
                .map(dependency -> dependency.getTargetClass())
                .filter(target -> target.isAnnotatedWith(Repository.class))
                .filter(target -> !target.getPackageName().equals(controller.getPackageName()))
                .distinct()
                .forEach(target -> events.add(SimpleConditionEvent.violated(controller,
                    controller.getName() + " uses " + target.getName())));
          }
        }));
  }

  private void check(ArchRule rule) {
    FreezingArchRule.freeze(rule).check(classes);
  }
}
