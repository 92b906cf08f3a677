package vn.motcua.workflow;

import static vn.motcua.workflow.ProcessElements.APPROVAL;
import static vn.motcua.workflow.ProcessElements.DELIVERY;
import static vn.motcua.workflow.ProcessElements.FUNERAL_ALLOWANCE;
import static vn.motcua.workflow.ProcessElements.PAYMENT;
import static vn.motcua.workflow.ProcessElements.RECEPTION;

import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Funeral allowance for an insured person: received at the commune, resolved by the Social
 * Insurance office serving it: every path, with a coverage report.
 */
@Deployment(resources = {"processes/funeral-allowance.bpmn", "forms/funeral-allowance-assess.form"})
class FuneralAllowanceProcessTest extends ProcedureProcessScenarios {

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage =
      fullCoverage(RECEPTION, APPROVAL, PAYMENT, DELIVERY);

  FuneralAllowanceProcessTest() {
    super(FUNERAL_ALLOWANCE, "hungnguyen", "bhxh-hungnguyen");
  }
}
