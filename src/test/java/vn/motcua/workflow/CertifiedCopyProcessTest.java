package vn.motcua.workflow;

import static vn.motcua.workflow.ProcessElements.APPROVAL;
import static vn.motcua.workflow.ProcessElements.CERTIFIED_COPY;
import static vn.motcua.workflow.ProcessElements.DELIVERY;
import static vn.motcua.workflow.ProcessElements.PAYMENT;
import static vn.motcua.workflow.ProcessElements.RECEPTION;

import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A copy certified from the original (2.000815) at a commune: every path, with a coverage report.
 */
@Deployment(resources = {"processes/certified-copy.bpmn", "forms/certified-copy-assess.form"})
class CertifiedCopyProcessTest extends ProcedureProcessScenarios {

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage =
      fullCoverage(RECEPTION, APPROVAL, PAYMENT, DELIVERY);

  CertifiedCopyProcessTest() {
    super(CERTIFIED_COPY, "lamthanh", "lamthanh");
  }
}
