package vn.motcua.delivery.internal;

import java.security.SecureRandom;
import org.springframework.stereotype.Component;
import vn.motcua.delivery.PostalCarrier;

/** The in-app stand-in for the public postal service; tracking codes look like EMS ones (EA123456789VN). */
@Component
class SandboxPostalCarrier implements PostalCarrier {

  private final SecureRandom random = new SecureRandom();

  @Override
  public String createShipment(String dossierCode, String recipient, String address) {
    return "EA%09dVN".formatted(random.nextInt(1_000_000_000));
  }
}
