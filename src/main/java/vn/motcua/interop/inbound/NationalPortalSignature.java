package vn.motcua.interop.inbound;

import vn.motcua.shared.BodySignature;

/**
 * How the national portal proves a dossier it sends is its own: HMAC-SHA256 of the exact request
 * body with the secret agreed with the portal, hex in the {@code X-National-Portal-Signature}
 * header; the same scheme as the postal carrier's callbacks. Shared by our endpoint and the in-app
 * sandbox sender, so both sign the same way.
 */
public final class NationalPortalSignature extends BodySignature {

  public static final String HEADER = "X-National-Portal-Signature";

  /**
   * @throws IllegalStateException when no secret is set: the endpoint would take anyone's dossiers
   */
  public NationalPortalSignature(String secret) {
    super(required(secret));
  }

  private static String required(String secret) {
    if (secret == null || secret.isBlank()) {
      throw new IllegalStateException(
          "motcua.national-portal.inbound-secret is not set: the national portal's dossiers"
              + " could not be told from anyone else's");
    }
    return secret;
  }
}
