package vn.motcua.applicant.internal;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.boot.autoconfigure.security.oauth2.client.OAuth2ClientProperties;
import org.springframework.boot.autoconfigure.security.oauth2.client.OAuth2ClientPropertiesMapper;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import vn.motcua.shared.PublicUrls;

/**
 * The OpenID Connect client registrations of {@code spring.security.oauth2.client.*} (Spring Boot's
 * own mapping), built on first use instead of at start: an {@code issuer-uri} is discovered once
 * the provider answers (the demo's sandbox provider is this very server, not listening yet while it
 * starts; a national provider that is down does not stop the application), and a relative URL means
 * this server ({@link PublicUrls}), as for the other sandboxes. A failed discovery is tried again
 * at the next sign-in.
 */
final class EidClientRegistrations implements ClientRegistrationRepository {

  private final OAuth2ClientProperties properties;
  private final PublicUrls urls;
  private volatile ClientRegistrationRepository registrations;

  EidClientRegistrations(OAuth2ClientProperties properties, PublicUrls urls) {
    this.properties = properties;
    this.urls = urls;
  }

  @Override
  public ClientRegistration findByRegistrationId(String registrationId) {
    return registrations().findByRegistrationId(registrationId);
  }

  private ClientRegistrationRepository registrations() {
    ClientRegistrationRepository known = registrations;
    if (known == null) {
      synchronized (this) {
        if (registrations == null) {
          registrations =
              new InMemoryClientRegistrationRepository(
                  new OAuth2ClientPropertiesMapper(absolute()).asClientRegistrations());
        }
        known = registrations;
      }
    }
    return known;
  }

  /** A copy of the properties with each provider's relative URLs resolved against this server. */
  private OAuth2ClientProperties absolute() {
    OAuth2ClientProperties copy = new OAuth2ClientProperties();
    copy.getRegistration().putAll(properties.getRegistration());
    properties
        .getProvider()
        .forEach(
            (id, provider) -> {
              OAuth2ClientProperties.Provider resolved = new OAuth2ClientProperties.Provider();
              resolve(provider::getAuthorizationUri, resolved::setAuthorizationUri);
              resolve(provider::getTokenUri, resolved::setTokenUri);
              resolve(provider::getUserInfoUri, resolved::setUserInfoUri);
              resolve(provider::getJwkSetUri, resolved::setJwkSetUri);
              resolve(provider::getIssuerUri, resolved::setIssuerUri);
              resolved.setUserInfoAuthenticationMethod(provider.getUserInfoAuthenticationMethod());
              resolved.setUserNameAttribute(provider.getUserNameAttribute());
              copy.getProvider().put(id, resolved);
            });
    return copy;
  }

  private void resolve(Supplier<String> from, Consumer<String> to) {
    String url = from.get();
    to.accept(url == null || url.isBlank() ? url : urls.resolve(url));
  }
}
