package cn.gov.agency.meeting;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import cn.gov.agency.meeting.meeting.MeetingRepository;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.RestController;

/**
 * The shape issue 21 gave the code, guarded for whoever carries it on. The package dependencies
 * that still close a cycle are listed in {@link #featurePackagesHaveNoCycles} (any other edge that
 * closes one fails). The violations of the other rules that existed when they came in are frozen in
 * src/test/resources/archunit_store (ArchUnit's FreezingArchRule): a new one fails the build, a fixed
 * one leaves the store — controllers reading the meeting's and the organisation's repositories,
 * VenueService naming the booked room as the meeting's place, AdhocApplicationService refusing with
 * the engine's AuthorizationException.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchitectureTest {

  private static final String ROOT = "cn.gov.agency.meeting";
  /** Writes of the meeting row: MeetingSchedule in meeting/ is their only caller. */
  private static final Set<String> MEETING_ROW_WRITES = Set.of("insertFiled", "insertPlanned", "schedule",
      "moveTimes", "updatePlace", "updatePreparationNeeds", "updateConfidential", "linkLifecycle", "updateStatus");

  private JavaClasses classes;

  @BeforeAll
  void importTheApplication() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(ROOT);
  }

  /**
   * Known cycles, each broken here by one named edge until it is broken in the code: routing reads the
   * application, plan, follow-up, symposium opinion and passing-on records it routes by; the clash check and the planned meeting's
   * scheduling resolve participants with adhoc's resolver, which applications use for their clashes;
   * message sends SMS through notification's gateway, which sends its task reminders as messages.
   */
  @Test
  void featurePackagesHaveNoCycles() {
    slices().matching(ROOT + ".(*)..").should().beFreeOfCycles()
        .ignoreDependency(inPackage("routing"), inAnyPackage("adhoc", "followup", "opinions", "plan", "passon"))
        .ignoreDependency(inAnyPackage("clash", "lifecycle"), inPackage("adhoc"))
        .ignoreDependency(inPackage("message"), inPackage("notification"))
        .check(classes);
  }

  private static DescribedPredicate<JavaClass> inPackage(String feature) {
    return JavaClass.Predicates.resideInAPackage(ROOT + "." + feature + "..");
  }

  private static DescribedPredicate<JavaClass> inAnyPackage(String... features) {
    return JavaClass.Predicates.resideInAnyPackage(Arrays.stream(features).map(f -> ROOT + "." + f + "..")
        .toArray(String[]::new));
  }

  /** Services holding business rules; engine glue lives in engine, contract, routing, deployment, admin. */
  @Test
  void ruleServicesDoNotUseTheEngine() {
    check(classes().that().areAnnotatedWith(Service.class)
        .and().resideOutsideOfPackages(ROOT + ".engine..", ROOT + ".contract..", ROOT + ".routing..",
            ROOT + ".deployment..", ROOT + ".admin..")
        .should().onlyDependOnClassesThat().resideOutsideOfPackage("org.camunda.."));
  }

  @Test
  void onlyTheMeetingPackageWritesTheMeetingRow() {
    check(noClasses().that().resideOutsideOfPackage(ROOT + ".meeting")
        .should().callMethodWhere(new DescribedPredicate<JavaMethodCall>("a write of the meeting row") {
          @Override
          public boolean test(JavaMethodCall call) {
            return call.getTargetOwner().isEquivalentTo(MeetingRepository.class)
                && MEETING_ROW_WRITES.contains(call.getName());
          }
        }));
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
