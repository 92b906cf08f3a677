package vn.motcua.delivery.internal;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.delivery.Deliveries;
import vn.motcua.delivery.DeliveryView;
import vn.motcua.delivery.HandOver;
import vn.motcua.delivery.ParcelEvent;
import vn.motcua.delivery.PostalCarrier;
import vn.motcua.dossier.DossierDecisions;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.Dossiers;

@Service
@Transactional
class DeliveryService implements Deliveries {

  private final DeliveryRepository deliveries;
  private final PostalCarrier carrier;
  private final ApplicationEventPublisher events;
  private final ElectronicResultPapers resultPapers;
  private final Dossiers dossiers;
  private final DossierDecisions decisions;
  private final Clock clock;

  DeliveryService(
      DeliveryRepository deliveries,
      PostalCarrier carrier,
      ApplicationEventPublisher events,
      ElectronicResultPapers resultPapers,
      Dossiers dossiers,
      DossierDecisions decisions,
      Clock clock) {
    this.deliveries = deliveries;
    this.carrier = carrier;
    this.events = events;
    this.resultPapers = resultPapers;
    this.dossiers = dossiers;
    this.decisions = decisions;
    this.clock = clock;
  }

  @Override
  public DeliveryView shipResult(String dossierCode) {
    DossierView dossier = dossiers.get(dossierCode);
    DeliveryView shipment =
        createShipment(dossierCode, dossier.applicantName(), dossier.deliveryAddress());
    decisions.resultDispatched(dossierCode, shipment.trackingCode());
    return shipment;
  }

  private DeliveryView createShipment(String dossierCode, String recipient, String address) {
    DeliveryEntity delivery = deliveryOf(dossierCode, "POST");
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
  public DeliveryView recordHandOver(String dossierCode, HandOver handOver, String officer) {
    String recipient = HandOverCheck.recipient(dossiers.get(dossierCode), handOver, clock);
    DeliveryEntity delivery = deliveryOf(dossierCode, "COUNTER");
    delivery.handedOver(recipient, officer, clock.instant());
    return delivery.toView();
  }

  private DeliveryView publishElectronicResult(String dossierCode, UUID resultDocumentId) {
    DeliveryEntity delivery = deliveryOf(dossierCode, "ELECTRONIC");
    if (delivery.deliveredAt() == null) {
      delivery.published(resultDocumentId, clock.instant());
    }
    return delivery.toView();
  }

  @Override
  public DeliveryView sendElectronicResult(String dossierCode) {
    ElectronicResult result = ElectronicResult.of(dossiers.get(dossierCode));
    ElectronicResultPapers.Paper paper = resultPapers.renderAndStore(result);
    DeliveryView published = publishElectronicResult(result.dossierCode(), paper.stored().id());
    resultPapers.mail(result, paper);
    return published;
  }

  @Override
  public void recordDelivered(String dossierCode) {
    DeliveryView delivery =
        find(dossierCode)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "dossier " + dossierCode + " has no delivery record"));
    decisions.resultDelivered(
        dossierCode,
        delivery.describe(),
        delivery.handedOverBy() != null ? delivery.handedOverBy() : DossierDecisions.SYSTEM_ACTOR);
  }

  /** The dossier's delivery record, begun by the way its result goes out the first time. */
  private DeliveryEntity deliveryOf(String dossierCode, String method) {
    return deliveries
        .findById(dossierCode)
        .orElseGet(() -> deliveries.save(new DeliveryEntity(dossierCode, method, clock.instant())));
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<DeliveryView> find(String dossierCode) {
    return deliveries.findById(dossierCode).map(DeliveryEntity::toView);
  }
}
