package vn.motcua.workflow.delegate;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.motcua.dossier.DossierDecisions;
import vn.motcua.payment.Payments;
import vn.motcua.workflow.ProcessVariables;

/** The payment process's system steps: each hands the dossier code to one module. */
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
    return execution -> decisions.paymentReminded(ProcessVariables.dossierCode(execution));
  }

  @Bean
  JavaDelegate paymentCanceller(Payments payments) {
    return execution -> payments.expire(ProcessVariables.dossierCode(execution));
  }

  @Bean
  JavaDelegate paymentConfirmer(Payments payments) {
    return execution -> payments.recordSettled(ProcessVariables.dossierCode(execution));
  }
}
