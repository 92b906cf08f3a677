package vn.motcua.workflow.delegate;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.motcua.delivery.Deliveries;
import vn.motcua.workflow.ProcessVariables;

/** The delivery process's system steps: each hands the dossier code to the delivery module. */
@Configuration
class DeliveryDelegates {

  @Bean
  JavaDelegate shipmentCreator(Deliveries deliveries) {
    return execution -> deliveries.shipResult(ProcessVariables.dossierCode(execution));
  }

  @Bean
  JavaDelegate electronicResultSender(Deliveries deliveries) {
    return execution -> deliveries.sendElectronicResult(ProcessVariables.dossierCode(execution));
  }

  @Bean
  JavaDelegate deliveryRecorder(Deliveries deliveries) {
    return execution -> deliveries.recordDelivered(ProcessVariables.dossierCode(execution));
  }
}
