package vn.motcua.workflow;

import static vn.motcua.workflow.ProcessElements.APPROVAL;
import static vn.motcua.workflow.ProcessElements.DELIVERY;
import static vn.motcua.workflow.ProcessElements.PAYMENT;
import static vn.motcua.workflow.ProcessElements.RECEPTION;
import static vn.motcua.workflow.ProcessElements.SIGNATURE_AUTHENTICATION;

import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Signature authentication (2.000884) at a commune: every path, with a coverage report. */
@Deployment(
    resources = {
      "processes/signature-authentication.bpmn",
      "forms/signature-authentication-assess.form"
    })
class SignatureAuthenticationProcessTest extends ProcedureProcessScenarios {

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage =
      fullCoverage(RECEPTION, APPROVAL, PAYMENT, DELIVERY);

  SignatureAuthenticationProcessTest() {
    super(SIGNATURE_AUTHENTICATION, "lamthanh", "lamthanh");
  }
}
