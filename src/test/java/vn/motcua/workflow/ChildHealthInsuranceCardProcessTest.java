package vn.motcua.workflow;

import static vn.motcua.workflow.ProcessElements.APPROVAL;
import static vn.motcua.workflow.ProcessElements.CHILD_HEALTH_INSURANCE_CARD;
import static vn.motcua.workflow.ProcessElements.DELIVERY;
import static vn.motcua.workflow.ProcessElements.PAYMENT;
import static vn.motcua.workflow.ProcessElements.RECEPTION;

import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Health-insurance card for a child under 6: received at the commune, resolved by the Social
 * Insurance office serving it: every path, with a coverage report.
 */
@Deployment(
    resources = {
      "processes/child-health-insurance-card.bpmn",
      "forms/child-health-insurance-card-assess.form"
    })
class ChildHealthInsuranceCardProcessTest extends ProcedureProcessScenarios {

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage =
      fullCoverage(RECEPTION, APPROVAL, PAYMENT, DELIVERY);

  ChildHealthInsuranceCardProcessTest() {
    super(CHILD_HEALTH_INSURANCE_CARD, "lamthanh", "bhxh-hungnguyen");
  }
}
