package vn.motcua.applicant.sandbox;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;

/**
 * The citizens the sandbox e-ID provider knows (password "demo"): VNeID's population data, not the
 * portal's accounts. Two of them have portal accounts (the demo citizens), one has none yet (his
 * first sign-in creates it), and one sends a citizen ID the portal must refuse.
 */
final class SandboxCitizens {

  static final String PASSWORD = "demo";

  record Citizen(
      String citizenId,
      String fullName,
      LocalDate birthdate,
      String phone,
      String email,
      String noteCode) {

    /**
     * A stable subject of its own, as a real provider's: the portal links accounts by the
     * citizen-ID claim, not by it.
     */
    String subject() {
      return UUID.nameUUIDFromBytes(("vneid-sandbox:" + citizenId).getBytes(StandardCharsets.UTF_8))
          .toString();
    }

    /**
     * The identity claims of the ID token and the user info that the granted scopes release, as
     * OpenID Connect has them: the citizen ID (under {@code citizenIdClaim}) with {@code openid},
     * the name and date of birth with {@code profile}, the phone with {@code phone}, the e-mail
     * with {@code email}.
     */
    Map<String, Object> claims(String citizenIdClaim, Set<String> scopes) {
      Map<String, Object> claims = new LinkedHashMap<>();
      claims.put(StandardClaimNames.SUB, subject());
      claims.put(citizenIdClaim, citizenId);
      if (scopes.contains(OidcScopes.PROFILE)) {
        claims.put(StandardClaimNames.NAME, fullName);
        claims.put(StandardClaimNames.BIRTHDATE, birthdate.toString());
      }
      if (scopes.contains(OidcScopes.PHONE)) {
        claims.put(StandardClaimNames.PHONE_NUMBER, phone);
      }
      if (scopes.contains(OidcScopes.EMAIL)) {
        claims.put(StandardClaimNames.EMAIL, email);
      }
      return claims;
    }
  }

  static final List<Citizen> ALL =
      List.of(
          new Citizen(
              "040090001234",
              "Nguyễn Văn An",
              LocalDate.of(1990, 3, 14),
              "0912345678",
              "an.nguyen@example.vn",
              "eid.sandbox.note.hasAccount"),
          new Citizen(
              "040195004321",
              "Trần Thị Bình",
              LocalDate.of(1995, 8, 2),
              "0987654321",
              "binh.tran@example.vn",
              "eid.sandbox.note.hasAccount"),
          new Citizen(
              "040088012345",
              "Lê Văn Cường",
              LocalDate.of(1988, 11, 20),
              "0936123456",
              "cuong.le@example.vn",
              "eid.sandbox.note.noAccount"),
          // province code 999 does not exist: the portal refuses this identity with a message
          new Citizen(
              "999999999999",
              "Phạm Thị Dung",
              LocalDate.of(1992, 5, 9),
              "0971234567",
              "dung.pham@example.vn",
              "eid.sandbox.note.malformed"));

  private SandboxCitizens() {}

  static Optional<Citizen> find(String citizenId) {
    return ALL.stream().filter(c -> c.citizenId().equals(citizenId)).findFirst();
  }
}
