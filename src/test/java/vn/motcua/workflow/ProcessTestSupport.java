package vn.motcua.workflow;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import vn.motcua.workflow.delegate.ProcessTestDelegates;

/**
 * What every process test has: the engine the coverage extension injects, and the real delegates on
 * mocked services.
 */
abstract class ProcessTestSupport {

  ProcessEngine processEngine;

  /**
   * The coverage extension a process test registers in a static field: it starts the engine and
   * fails the class unless its tests walk every element of the processes it deploys, but those of
   * {@code excludedProcessKeys} (called processes a test of their own covers).
   */
  static ProcessEngineCoverageExtension fullCoverage(String... excludedProcessKeys) {
    return ProcessEngineCoverageExtension.builder("camunda-test.cfg.xml")
        .excludeProcessDefinitionKeys(excludedProcessKeys)
        .assertClassCoverageAtLeast(1.0)
        .build();
  }

  ProcessTestDelegates delegates;

  /**
   * Runs the async steps and due timers of a called process until it waits for a person or a
   * message.
   */
  static void runJobsOf(String processKey) {
    for (int i = 0; i < 20; i++) {
      Job job =
          BpmnAwareTests.managementService()
              .createJobQuery()
              .processDefinitionKey(processKey)
              .executable()
              .listPage(0, 1)
              .stream()
              .findFirst()
              .orElse(null);
      if (job == null) {
        return;
      }
      BpmnAwareTests.execute(job);
    }
  }

  @BeforeEach
  void registerDelegates() {
    BpmnAwareTests.init(processEngine);
    delegates = ProcessTestDelegates.register();
  }

  @AfterEach
  void resetDelegates() {
    Mocks.reset();
  }
}
