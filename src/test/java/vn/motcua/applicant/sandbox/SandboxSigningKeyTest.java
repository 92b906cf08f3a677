package vn.motcua.applicant.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sandbox e-ID provider's key comes from configuration: two nodes given the same key publish
 * the same key (same key ID), so a token one signed verifies against what the other publishes.
 */
class SandboxSigningKeyTest {

  static String pem() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    return "-----BEGIN PRIVATE KEY-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes())
            .encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
        + "\n-----END PRIVATE KEY-----\n";
  }

  static JWK onlyKey(JWKSource<SecurityContext> source) throws Exception {
    List<JWK> keys = source.get(new JWKSelector(new JWKMatcher.Builder().build()), null);
    assertThat(keys).hasSize(1);
    return keys.get(0);
  }

  @Test
  void twoNodesWithTheSameConfiguredKey_publishTheSameKey() throws Exception {
    String pem = pem();
    JWK first = onlyKey(SandboxSigningKey.fromPem(pem));
    JWK second = onlyKey(SandboxSigningKey.fromPem(pem));
    assertThat(first.getKeyID()).isNotBlank().isEqualTo(second.getKeyID());
    assertThat(first.toPublicJWK()).isEqualTo(second.toPublicJWK());
    assertThat(first.isPrivate()).isTrue();
  }

  @Test
  void withoutAKey_orWithSomethingElse_theProviderDoesNotStart_andSaysWhichSetting() {
    assertThatThrownBy(() -> SandboxSigningKey.fromPem(""))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("motcua.eid.sandbox.signing-key is not set");
    assertThatThrownBy(() -> SandboxSigningKey.fromPem("-----BEGIN PRIVATE KEY-----\nAAAA\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("motcua.eid.sandbox.signing-key is not an RSA private key");
  }
}
