package vn.motcua.workflow.delegate;

import static vn.motcua.workflow.delegate.DossierSteps.handingCode;
import static vn.motcua.workflow.delegate.DossierSteps.recordingField;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.motcua.delivery.Deliveries;
import vn.motcua.workflow.ProcessVariables;

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

  /** Records who received the result at the counter (also after a parcel came back). */
  @Bean
  TaskListener handOverRecorder(Deliveries deliveries) {
    return recordingField(ProcessVariables.RECIPIENT_NAME, deliveries::recordHandOver);
  }
}
