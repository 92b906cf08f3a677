package vn.motcua.applicant.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;
import vn.motcua.applicant.EidIdentity;

/**
 * Reads an e-ID identity from the claims of the ID token and, when the provider was asked, its user
 * info (which wins). The citizen ID comes from a configurable claim ({@code
 * motcua.eid.citizen-id-claim}), since the national portal's claim names are not published; the
 * rest are the standard OpenID Connect claims. Dates of birth come as {@code yyyy-MM-dd} (the
 * standard) or {@code dd/MM/yyyy}, phone numbers as {@code 0912345678} or {@code +84912345678}.
 */
final class EidClaims {

  private static final DateTimeFormatter VIETNAMESE_DATE =
      DateTimeFormatter.ofPattern("dd/MM/uuuu");

  private EidClaims() {}

  static EidIdentity identity(OidcIdToken idToken, OidcUserInfo userInfo, String citizenIdClaim) {
    Map<String, Object> claims = new HashMap<>(idToken.getClaims());
    if (userInfo != null) {
      claims.putAll(userInfo.getClaims());
    }
    return identity(claims, citizenIdClaim);
  }

  static EidIdentity identity(Map<String, Object> claims, String citizenIdClaim) {
    String name = text(claims, StandardClaimNames.NAME);
    if (name == null) {
      name =
          Stream.of(
                  StandardClaimNames.FAMILY_NAME,
                  StandardClaimNames.MIDDLE_NAME,
                  StandardClaimNames.GIVEN_NAME)
              .map(claim -> text(claims, claim))
              .filter(part -> part != null)
              .collect(Collectors.joining(" "));
    }
    return new EidIdentity(
        text(claims, StandardClaimNames.SUB),
        text(claims, citizenIdClaim),
        name.isEmpty() ? null : name,
        date(text(claims, StandardClaimNames.BIRTHDATE)),
        phone(text(claims, StandardClaimNames.PHONE_NUMBER)),
        text(claims, StandardClaimNames.EMAIL));
  }

  private static String text(Map<String, Object> claims, String name) {
    Object value = claims.get(name);
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }

  private static LocalDate date(String value) {
    if (value == null) {
      return null;
    }
    try {
      return value.contains("/") ? LocalDate.parse(value, VIETNAMESE_DATE) : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The national form of a mobile number: {@code +84 912 345 678} becomes {@code 0912345678}. */
  private static String phone(String value) {
    if (value == null) {
      return null;
    }
    String digits = value.replaceAll("[\\s.-]", "");
    if (digits.startsWith("+84")) {
      return "0" + digits.substring(3);
    }
    return digits.startsWith("84") && digits.length() == 11 ? "0" + digits.substring(2) : digits;
  }
}
