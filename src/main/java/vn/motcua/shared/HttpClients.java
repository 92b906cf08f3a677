package vn.motcua.shared;

import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.client.RestClient;

/** How the gateways to partners (payment, post, the national portal) make their HTTP client. */
public final class HttpClients {

  private HttpClients() {}

  /**
   * The client, made at its first request: building it makes the JDK's HTTP client, which loads
   * TLS, a few tenths of a second the application's start need not wait for.
   */
  public static SingletonSupplier<RestClient> onFirstRequest(RestClient.Builder builder) {
    return SingletonSupplier.of(builder::build);
  }
}
