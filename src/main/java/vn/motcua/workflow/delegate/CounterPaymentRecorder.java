package vn.motcua.workflow.delegate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.motcua.payment.Payments;
import vn.motcua.workflow.ProcessVariables;

/** Records the fee the one-stop officer took at the counter, with the receipt number (level 3). */
@Component("counterPaymentRecorder")
class CounterPaymentRecorder implements TaskListener {

  private final Payments payments;

  CounterPaymentRecorder(Payments payments) {
    this.payments = payments;
  }

  @Override
  public void notify(DelegateTask task) {
    payments.recordCounterPayment(
        ProcessVariables.dossierCode(task),
        ProcessVariables.text(task, ProcessVariables.RECEIPT_NUMBER),
        ProcessVariables.actor());
  }
}
