package vn.motcua.workflow;

import static vn.motcua.workflow.ProcessElements.APPROVAL;
import static vn.motcua.workflow.ProcessElements.DELIVERY;
import static vn.motcua.workflow.ProcessElements.PAYMENT;
import static vn.motcua.workflow.ProcessElements.PERMANENT_RESIDENCE_DELETION;
import static vn.motcua.workflow.ProcessElements.RECEPTION;

import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Deletion of permanent residence: received at the commune, resolved by the commune police: every
 * path, with a coverage report.
 */
@Deployment(
    resources = {
      "processes/permanent-residence-deletion.bpmn",
      "forms/permanent-residence-deletion-assess.form"
    })
class PermanentResidenceDeletionProcessTest extends ProcedureProcessScenarios {

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage =
      fullCoverage(RECEPTION, APPROVAL, PAYMENT, DELIVERY);

  PermanentResidenceDeletionProcessTest() {
    super(PERMANENT_RESIDENCE_DELETION, "lamthanh", "ca-lamthanh");
  }
}
