package vn.motcua.workflow;

import static vn.motcua.workflow.ProcessElements.APPROVAL;
import static vn.motcua.workflow.ProcessElements.DELIVERY;
import static vn.motcua.workflow.ProcessElements.JUDICIAL_RECORD_CERTIFICATE;
import static vn.motcua.workflow.ProcessElements.PAYMENT;
import static vn.motcua.workflow.ProcessElements.RECEPTION;

import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The judicial record certificate (3.000333): received at the provincial centre, resolved by the
 * provincial police: every path, with a coverage report.
 */
@Deployment(
    resources = {
      "processes/judicial-record-certificate.bpmn",
      "forms/judicial-record-certificate-assess.form"
    })
class JudicialRecordCertificateProcessTest extends ProcedureProcessScenarios {

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage =
      fullCoverage(RECEPTION, APPROVAL, PAYMENT, DELIVERY);

  JudicialRecordCertificateProcessTest() {
    super(JUDICIAL_RECORD_CERTIFICATE, "ttpvhcc-nghean", "congan-nghean");
  }
}
