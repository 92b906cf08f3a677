package vn.motcua.workflow.delegate;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.motcua.delivery.Deliveries;
import vn.motcua.delivery.DeliveryView;
import vn.motcua.delivery.ElectronicResult;
import vn.motcua.dossier.DossierDecisions;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.Dossiers;
import vn.motcua.workflow.ProcessVariables;

/** The delivery process's system steps. */
@Configuration
class DeliveryDelegates {

  @Bean
  JavaDelegate shipmentCreator(
      Deliveries deliveries, Dossiers dossiers, DossierDecisions decisions) {
    return execution -> {
      DossierView dossier = dossiers.get(ProcessVariables.dossierCode(execution));
      DeliveryView shipment =
          deliveries.createShipment(
              dossier.code(), dossier.applicantName(), dossier.deliveryAddress());
      decisions.resultDispatched(dossier.code(), shipment.trackingCode());
    };
  }

  /**
   * The electronic result: the delivery module renders, keeps and mails it (once) from what the
   * dossier says; the decision date is when the dossier's result became ready.
   */
  @Bean
  JavaDelegate electronicResultSender(Deliveries deliveries, Dossiers dossiers) {
    return execution -> {
      DossierView dossier = dossiers.get(ProcessVariables.dossierCode(execution));
      deliveries.sendElectronicResult(
          new ElectronicResult(
              dossier.code(),
              dossier.procedureCode(),
              dossier.procedureName(),
              dossier.applicantName(),
              dossier.applicantAccount(),
              dossier.applicantEmail(),
              dossier.resolvingAgency(),
              dossier.reachedAt(DossierStatus.RESULT_READY)));
    };
  }

  @Bean
  JavaDelegate deliveryRecorder(Deliveries deliveries, DossierDecisions decisions) {
    return execution -> {
      String code = ProcessVariables.dossierCode(execution);
      DeliveryView delivery =
          deliveries
              .find(code)
              .orElseThrow(
                  () -> new IllegalStateException("dossier " + code + " has no delivery record"));
      decisions.resultDelivered(
          code,
          delivery.describe(),
          delivery.handedOverBy() != null
              ? delivery.handedOverBy()
              : ProcessVariables.SYSTEM_ACTOR);
    };
  }
}
