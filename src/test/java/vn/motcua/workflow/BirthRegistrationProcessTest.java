package vn.motcua.workflow;

import static vn.motcua.workflow.ProcessElements.APPROVAL;
import static vn.motcua.workflow.ProcessElements.BIRTH_REGISTRATION;
import static vn.motcua.workflow.ProcessElements.DELIVERY;
import static vn.motcua.workflow.ProcessElements.PAYMENT;
import static vn.motcua.workflow.ProcessElements.RECEPTION;

import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Birth registration (1.001193) at a commune: every path, with a coverage report. */
@Deployment(
    resources = {"processes/birth-registration.bpmn", "forms/birth-registration-assess.form"})
class BirthRegistrationProcessTest extends ProcedureProcessScenarios {

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage =
      fullCoverage(RECEPTION, APPROVAL, PAYMENT, DELIVERY);

  BirthRegistrationProcessTest() {
    super(BIRTH_REGISTRATION, "lamthanh", "lamthanh");
  }
}
