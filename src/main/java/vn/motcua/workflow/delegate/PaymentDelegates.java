package vn.motcua.workflow.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.motcua.dossier.DossierDecisions;
import vn.motcua.payment.PaymentView;
import vn.motcua.payment.Payments;
import vn.motcua.workflow.ProcessVariables;

/**
 * The payment process's system steps: glue between the engine and the payment and dossier modules.
 */
@Configuration
class PaymentDelegates {

  @Bean
  JavaDelegate paymentRequester(Payments payments, DossierDecisions decisions) {
    return execution -> {
      String code = ProcessVariables.dossierCode(execution);
      long amount = ((Number) execution.getVariable(ProcessVariables.FEE_AMOUNT)).longValue();
      payments.open(
          code, amount, ((Number) execution.getVariable(ProcessVariables.LEVEL)).intValue());
      decisions.paymentRequested(code, amount);
    };
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
  JavaDelegate paymentCanceller(Payments payments, DossierDecisions decisions) {
    return execution -> {
      String code = ProcessVariables.dossierCode(execution);
      payments.expire(code);
      decisions.paymentExpired(code);
    };
  }

  @Bean
  JavaDelegate paymentConfirmer(Payments payments, DossierDecisions decisions) {
    return (DelegateExecution execution) -> {
      String code = ProcessVariables.dossierCode(execution);
      PaymentView payment =
          payments
              .find(code)
              .filter(PaymentView::isPaid)
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "dossier " + code + " reached payment confirmation unpaid"));
      decisions.paymentSettled(code, payment.describe(), ProcessVariables.SYSTEM_ACTOR);
    };
  }
}
