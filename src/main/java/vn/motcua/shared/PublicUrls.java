package vn.motcua.shared;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Resolves relative URLs (the sandboxes' defaults) against this server, so that one adapter talks
 * to the sandbox or to the real gateway by configuration alone. Absolute URLs are left as they are.
 */
@Component
public class PublicUrls {

  private final Environment environment;

  PublicUrls(Environment environment) {
    this.environment = environment;
  }

  public String resolve(String url) {
    if (url.startsWith("http://") || url.startsWith("https://")) {
      return url;
    }
    String port =
        environment.getProperty(
            "local.server.port", environment.getProperty("server.port", "8080"));
    String base = environment.getProperty("motcua.public-base-url", "http://localhost:" + port);
    return base + url;
  }

  /**
   * The public look-up page of a dossier ({@code /tra-cuu?code=…}), as mails, slips and QR codes
   * link to it.
   */
  public String lookupPage(String dossierCode) {
    return resolve(
        UriComponentsBuilder.fromPath("/tra-cuu")
            .queryParam("code", dossierCode)
            .encode()
            .build()
            .toUriString());
  }
}
