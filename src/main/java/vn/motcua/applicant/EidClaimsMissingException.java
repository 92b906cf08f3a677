package vn.motcua.applicant;

import java.util.List;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * A sign-in with the national e-ID refused because the provider sent no usable claim for some of
 * what the portal reads of the citizen: {@link #fields()} names them as the account's fields
 * ({@code citizenId}, {@code fullName}, {@code dateOfBirth}), so that the sign-in page can tell the
 * citizen which.
 */
public class EidClaimsMissingException extends OAuth2AuthenticationException {

  private static final long serialVersionUID = 1L;

  private final List<String> fields;

  public EidClaimsMissingException(List<String> fields, String description) {
    super(new OAuth2Error(EidLogin.MISSING_CLAIMS, description, null), description);
    this.fields = List.copyOf(fields);
  }

  public List<String> fields() {
    return fields;
  }
}
