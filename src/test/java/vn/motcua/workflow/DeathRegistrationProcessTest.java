package vn.motcua.workflow;

import static vn.motcua.workflow.ProcessElements.APPROVAL;
import static vn.motcua.workflow.ProcessElements.DEATH_REGISTRATION;
import static vn.motcua.workflow.ProcessElements.DELIVERY;
import static vn.motcua.workflow.ProcessElements.PAYMENT;
import static vn.motcua.workflow.ProcessElements.RECEPTION;

import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Death registration (1.000656) at a commune: every path, with a coverage report. */
@Deployment(
    resources = {"processes/death-registration.bpmn", "forms/death-registration-assess.form"})
class DeathRegistrationProcessTest extends ProcedureProcessScenarios {

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage =
      fullCoverage(RECEPTION, APPROVAL, PAYMENT, DELIVERY);

  DeathRegistrationProcessTest() {
    super(DEATH_REGISTRATION, "lamthanh", "lamthanh");
  }
}
