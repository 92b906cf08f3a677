package vn.motcua.workflow.delegate;

import static vn.motcua.workflow.delegate.DossierSteps.handingCode;
import static vn.motcua.workflow.delegate.DossierSteps.recordingField;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.motcua.dossier.DossierDecisions;
import vn.motcua.payment.Payments;
import vn.motcua.workflow.ProcessVariables;

/**
 * The payment process's system steps, each handing the dossier code to one module, and its task
 * listener.
 */
@Configuration
class PaymentDelegates {

  @Bean
  JavaDelegate paymentRequester(Payments payments) {
    return execution ->
        payments.open(
            ProcessVariables.dossierCode(execution),
            ((Number) execution.getVariable(ProcessVariables.FEE_AMOUNT)).longValue(),
            ((Number) execution.getVariable(ProcessVariables.LEVEL)).intValue());
  }

  @Bean
  JavaDelegate paymentOrderCreator(Payments payments) {
    // the citizen's own IP is sent when they open the payment page; the first order is made by the
    // system
    return execution -> payments.createOnlineOrder(ProcessVariables.dossierCode(execution), null);
  }

  @Bean
  JavaDelegate paymentReminder(DossierDecisions decisions) {
    return handingCode(decisions::paymentReminded);
  }

  @Bean
  JavaDelegate paymentCanceller(Payments payments) {
    return handingCode(payments::expire);
  }

  @Bean
  JavaDelegate paymentConfirmer(Payments payments) {
    return handingCode(payments::recordSettled);
  }

  /**
   * Records the fee the one-stop officer took at the counter, with the receipt number (level 3).
   */
  @Bean
  TaskListener counterPaymentRecorder(Payments payments) {
    return recordingField(ProcessVariables.RECEIPT_NUMBER, payments::recordCounterPayment);
  }
}
