package vn.motcua.workflow.delegate;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.motcua.catalog.Agencies;
import vn.motcua.catalog.Agency;
import vn.motcua.delivery.Deliveries;
import vn.motcua.delivery.DeliveryView;
import vn.motcua.document.DocumentRepository;
import vn.motcua.document.StoredDocument;
import vn.motcua.document.Upload;
import vn.motcua.dossier.DossierDecisions;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.Dossiers;
import vn.motcua.notification.EmailGateway;
import vn.motcua.paper.ResultPapers;
import vn.motcua.shared.PublicUrls;

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
   * The electronic result: rendered as PDF, kept in the applicant's e-document repository (the
   * download), and mailed with the PDF attached, once.
   */
  @Bean
  JavaDelegate electronicResultSender(
      Deliveries deliveries,
      Dossiers dossiers,
      ResultPapers papers,
      DocumentRepository documents,
      EmailGateway email,
      Agencies agencies,
      SideEffectLedger ledger,
      PublicUrls urls) {
    return execution -> {
      DossierView dossier = dossiers.get(ProcessVariables.dossierCode(execution));
      Instant decidedAt =
          dossier.timeline().stream()
              .filter(t -> t.status() == DossierStatus.RESULT_READY)
              .map(DossierView.TimelineEntry::at)
              .findFirst()
              .orElse(null);
      byte[] pdf =
          papers.render(
              new ResultPapers.ResultFacts(
                  dossier.code(),
                  dossier.procedureCode(),
                  dossier.procedureName(),
                  dossier.applicantName(),
                  agencies
                      .find(dossier.resolvingAgency())
                      .map(Agency::name)
                      .orElse(dossier.resolvingAgency()),
                  decidedAt,
                  urls.lookupPage(dossier.code())));
      String fileName = "ket-qua-" + dossier.code() + ".pdf";
      StoredDocument stored =
          documents.store(
              dossier.applicantAccount(),
              "RESULT",
              new Upload("result", fileName, "application/pdf", pdf));
      deliveries.publishElectronicResult(dossier.code(), stored.id());
      if (dossier.applicantEmail() != null && !dossier.applicantEmail().isBlank()) {
        ledger.once(
            dossier.code(),
            "result-email",
            "1",
            () ->
                email.send(
                    dossier.applicantEmail(),
                    "[Một Cửa] Kết quả giải quyết hồ sơ " + dossier.code(),
                    "Kính gửi ông/bà "
                        + dossier.applicantName()
                        + ",\n\nKết quả giải quyết hồ sơ "
                        + dossier.code()
                        + " ("
                        + dossier.procedureName()
                        + ") được gửi kèm thư này và có thể tải về tại trang hồ sơ của ông/bà.\n",
                    dossier.code(),
                    fileName,
                    "application/pdf",
                    pdf));
      }
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
