package vn.motcua.workflow;

import static vn.motcua.workflow.ProcessElements.APPROVAL;
import static vn.motcua.workflow.ProcessElements.CIVIL_STATUS_EXTRACT_COPY;
import static vn.motcua.workflow.ProcessElements.DELIVERY;
import static vn.motcua.workflow.ProcessElements.PAYMENT;
import static vn.motcua.workflow.ProcessElements.RECEPTION;

import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A copy of a civil-status extract (2.000635) at a commune: every path, with a coverage report. */
@Deployment(
    resources = {
      "processes/civil-status-extract-copy.bpmn",
      "forms/civil-status-extract-copy-assess.form"
    })
class CivilStatusExtractCopyProcessTest extends ProcedureProcessScenarios {

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage =
      fullCoverage(RECEPTION, APPROVAL, PAYMENT, DELIVERY);

  CivilStatusExtractCopyProcessTest() {
    super(CIVIL_STATUS_EXTRACT_COPY, "lamthanh", "lamthanh");
  }
}
