package vn.motcua.workflow;

import static vn.motcua.workflow.ProcessElements.APPROVAL;
import static vn.motcua.workflow.ProcessElements.DELIVERY;
import static vn.motcua.workflow.ProcessElements.MARITAL_STATUS_CONFIRMATION;
import static vn.motcua.workflow.ProcessElements.PAYMENT;
import static vn.motcua.workflow.ProcessElements.RECEPTION;

import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Marital-status confirmation (1.004873) at a commune: every path, with a coverage report. */
@Deployment(
    resources = {
      "processes/marital-status-confirmation.bpmn",
      "forms/marital-status-confirmation-assess.form"
    })
class MaritalStatusConfirmationProcessTest extends ProcedureProcessScenarios {

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage =
      fullCoverage(RECEPTION, APPROVAL, PAYMENT, DELIVERY);

  MaritalStatusConfirmationProcessTest() {
    super(MARITAL_STATUS_CONFIRMATION, "lamthanh", "lamthanh");
  }
}
