package vn.motcua.workflow;

import static vn.motcua.workflow.ProcessElements.APPROVAL;
import static vn.motcua.workflow.ProcessElements.BUSINESS_HOUSEHOLD_REGISTRATION;
import static vn.motcua.workflow.ProcessElements.DELIVERY;
import static vn.motcua.workflow.ProcessElements.PAYMENT;
import static vn.motcua.workflow.ProcessElements.RECEPTION;

import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Business household registration (1.001612) at a commune: every path, with a coverage report. */
@Deployment(
    resources = {
      "processes/business-household-registration.bpmn",
      "forms/business-household-registration-assess.form"
    })
class BusinessHouseholdRegistrationProcessTest extends ProcedureProcessScenarios {

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage =
      fullCoverage(RECEPTION, APPROVAL, PAYMENT, DELIVERY);

  BusinessHouseholdRegistrationProcessTest() {
    super(BUSINESS_HOUSEHOLD_REGISTRATION, "lamthanh", "lamthanh");
  }
}
