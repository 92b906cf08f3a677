package vn.motcua.workflow.delegate;

import static vn.motcua.workflow.delegate.DossierSteps.handingCode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.motcua.delivery.Deliveries;
import vn.motcua.delivery.HandOver;
import vn.motcua.dossier.InvalidSubmissionException;
import vn.motcua.workflow.ProcessVariables;
import vn.motcua.workflow.engine.FieldErrorMessages;

/**
 * The delivery process's system steps, each handing the dossier code to the delivery module, and
 * its task listener.
 */
@Configuration
class DeliveryDelegates {

  @Bean
  JavaDelegate shipmentCreator(Deliveries deliveries) {
    return handingCode(deliveries::shipResult);
  }

  @Bean
  JavaDelegate electronicResultSender(Deliveries deliveries) {
    return handingCode(deliveries::sendElectronicResult);
  }

  @Bean
  JavaDelegate deliveryRecorder(Deliveries deliveries) {
    return handingCode(deliveries::recordDelivered);
  }

  /**
   * Records who received the result at the counter (also after a parcel came back), checked against
   * the dossier; the recipient's personal data then leaves the process, so history never keeps it.
   */
  @Bean
  TaskListener handOverRecorder(Deliveries deliveries, FieldErrorMessages messages) {
    return task -> {
      HandOver handOver =
          new HandOver(
              ProcessVariables.text(task, ProcessVariables.RECIPIENT_KIND),
              ProcessVariables.text(task, ProcessVariables.RECIPIENT_NAME),
              ProcessVariables.text(task, ProcessVariables.RECIPIENT_ID_NUMBER),
              ProcessVariables.text(task, ProcessVariables.AUTHORISATION_NUMBER),
              day(ProcessVariables.text(task, ProcessVariables.AUTHORISATION_DATE)),
              Boolean.TRUE.equals(task.getVariable(ProcessVariables.AUTHORISATION_CHECKED)));
      try {
        deliveries.recordHandOver(
            ProcessVariables.dossierCode(task), handOver, ProcessVariables.actor());
      } catch (InvalidSubmissionException e) {
        throw new FormFieldValidationException(e.errors(), messages.describe(e.errors()));
      }
      ProcessVariables.RECIPIENT_DATA.forEach(task::removeVariable);
    };
  }

  private static LocalDate day(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
