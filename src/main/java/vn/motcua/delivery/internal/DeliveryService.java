package vn.motcua.delivery.internal;

import java.time.Clock;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.delivery.Deliveries;
import vn.motcua.delivery.DeliveryView;
import vn.motcua.delivery.ElectronicResult;
import vn.motcua.delivery.ParcelEvent;
import vn.motcua.delivery.PostalCarrier;

@Service
@Transactional
class DeliveryService implements Deliveries {

  private final DeliveryRepository deliveries;
  private final PostalCarrier carrier;
  private final ApplicationEventPublisher events;
  private final ElectronicResultPapers resultPapers;
  private final Clock clock;

  DeliveryService(
      DeliveryRepository deliveries,
      PostalCarrier carrier,
      ApplicationEventPublisher events,
      ElectronicResultPapers resultPapers,
      Clock clock) {
    this.deliveries = deliveries;
    this.carrier = carrier;
    this.events = events;
    this.resultPapers = resultPapers;
    this.clock = clock;
  }

  @Override
  public DeliveryView createShipment(String dossierCode, String recipient, String address) {
    DeliveryEntity delivery =
        deliveries
            .findById(dossierCode)
            .orElseGet(
                () -> deliveries.save(new DeliveryEntity(dossierCode, "POST", clock.instant())));
    if (delivery.toView().trackingCode() == null) {
      delivery.shipped(carrier.createShipment(dossierCode, recipient, address), recipient, address);
    }
    return delivery.toView();
  }

  @Override
  public DeliveryView parcelReported(String trackingCode, boolean delivered) {
    DeliveryEntity delivery =
        deliveries
            .findByTrackingCode(trackingCode)
            .orElseThrow(
                () -> new IllegalArgumentException("unknown tracking code " + trackingCode));
    if (delivery.report(delivered, clock.instant())) {
      deliveries.flush();
      events.publishEvent(new ParcelEvent(delivery.dossierCode(), trackingCode, delivered));
    }
    return delivery.toView();
  }

  @Override
  public DeliveryView recordHandOver(String dossierCode, String recipient, String officer) {
    DeliveryEntity delivery =
        deliveries
            .findById(dossierCode)
            .orElseGet(
                () -> deliveries.save(new DeliveryEntity(dossierCode, "COUNTER", clock.instant())));
    delivery.handedOver(recipient, officer, clock.instant());
    return delivery.toView();
  }

  @Override
  public DeliveryView publishElectronicResult(String dossierCode, java.util.UUID resultDocumentId) {
    DeliveryEntity delivery =
        deliveries
            .findById(dossierCode)
            .orElseGet(
                () ->
                    deliveries.save(
                        new DeliveryEntity(dossierCode, "ELECTRONIC", clock.instant())));
    if (delivery.deliveredAt() == null) {
      delivery.published(resultDocumentId, clock.instant());
    }
    return delivery.toView();
  }

  @Override
  public DeliveryView sendElectronicResult(ElectronicResult result) {
    ElectronicResultPapers.Paper paper = resultPapers.renderAndStore(result);
    DeliveryView published = publishElectronicResult(result.dossierCode(), paper.stored().id());
    resultPapers.mail(result, paper);
    return published;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<DeliveryView> find(String dossierCode) {
    return deliveries.findById(dossierCode).map(DeliveryEntity::toView);
  }
}
