package cn.gov.agency.meeting.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * camunda-bpm-assert keeps one engine for every test of the JVM: the last one a test named. A test
 * running its own application (another database) would leave its engine there, and the next
 * process test's assertions would read a database its processes never ran on.
 */
public class AssertionsOnThisEngine implements BeforeEachCallback {

  @Override
  public void beforeEach(ExtensionContext context) {
    AbstractAssertions.init(SpringExtension.getApplicationContext(context).getBean(ProcessEngine.class));
  }
}
