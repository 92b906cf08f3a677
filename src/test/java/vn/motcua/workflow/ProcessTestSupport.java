package vn.motcua.workflow;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import vn.motcua.workflow.delegate.ProcessTestDelegates;

/**
 * What every process test has: the engine the coverage extension injects, and the real delegates on
 * mocked services.
 */
abstract class ProcessTestSupport {

  ProcessEngine processEngine;
  ProcessTestDelegates delegates;

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
