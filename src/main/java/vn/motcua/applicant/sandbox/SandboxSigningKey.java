package vn.motcua.applicant.sandbox;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

/**
 * The sandbox e-ID provider's signing key from configuration ({@value #SETTING}: an RSA private
 * key, PKCS#8 PEM, "BEGIN PRIVATE KEY"), not one made at each start: the ID tokens one node signs
 * are checked by the portal on any node against the provider's published key, which must then be
 * the same everywhere. Its key ID is the key's JWK thumbprint, so it too is the same on every node.
 */
final class SandboxSigningKey {

  static final String SETTING = "motcua.eid.sandbox.signing-key";

  private SandboxSigningKey() {}

  static JWKSource<SecurityContext> fromPem(String pem) {
    if (pem == null || pem.isBlank()) {
      throw new IllegalStateException(
          SETTING
              + " is not set: the sandbox e-ID provider signs its ID tokens with this RSA private key"
              + " (PKCS#8 PEM), the same on every node");
    }
    try {
      String body =
          pem.replace("-----BEGIN PRIVATE KEY-----", "")
              .replace("-----END PRIVATE KEY-----", "")
              .replaceAll("\\s", "");
      KeyFactory rsa = KeyFactory.getInstance("RSA");
      RSAPrivateCrtKey privateKey =
          (RSAPrivateCrtKey)
              rsa.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
      RSAPublicKey publicKey =
          (RSAPublicKey)
              rsa.generatePublic(
                  new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
      RSAKey key =
          new RSAKey.Builder(publicKey)
              .privateKey(privateKey)
              .keyUse(KeyUse.SIGNATURE)
              .keyIDFromThumbprint()
              .build();
      return new ImmutableJWKSet<>(new JWKSet(key));
    } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
      throw new IllegalStateException(
          SETTING + " is not an RSA private key in PKCS#8 PEM (\"BEGIN PRIVATE KEY\")", e);
    } catch (JOSEException e) {
      throw new IllegalStateException(SETTING + ": no key ID could be computed", e);
    }
  }
}
