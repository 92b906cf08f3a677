package vn.motcua.delivery.post;

import vn.motcua.shared.BodySignature;

/**
 * The postal carrier's callback signature: HMAC-SHA256 of the request body with the secret agreed
 * with the carrier, hex in the {@code X-Postal-Signature} header. Shared by our endpoint and the
 * in-app sandbox carrier, so both sign the same way.
 */
public final class PostalSigner extends BodySignature {

  public static final String HEADER = "X-Postal-Signature";

  public PostalSigner(String secret) {
    super(secret);
  }
}
