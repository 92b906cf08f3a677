package vn.motcua.shared;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What an officer signed in with a Camunda account carries on this application's own endpoints (the
 * slips, the register): {@code ROLE_OFFICER}, and one {@code AGENCY_<id>} for each agency in whose
 * groups ({@code <id>-onestop}, {@code <id>-specialist}, {@code <id>-leader}) they are.
 */
public final class OfficerAuthorities {

  public static final String ROLE = "ROLE_OFFICER";
  public static final String APPLICANT = "ROLE_APPLICANT";
  private static final String AGENCY = "AGENCY_";
  private static final String DESK = "DESK_";

  private OfficerAuthorities() {}

  public static GrantedAuthority agency(String agencyId) {
    return new SimpleGrantedAuthority(AGENCY + agencyId);
  }

  /** A member of the agency's one-stop desk ({@code <id>-onestop}): may receive at its counter. */
  public static GrantedAuthority desk(String agencyId) {
    return new SimpleGrantedAuthority(DESK + agencyId);
  }

  /** The ids of the agencies at whose one-stop desk the officer works. */
  public static Set<String> desks(Collection<? extends GrantedAuthority> authorities) {
    return authorities.stream()
        .map(GrantedAuthority::getAuthority)
        .filter(a -> a.startsWith(DESK))
        .map(a -> a.substring(DESK.length()))
        .collect(Collectors.toSet());
  }

  public static boolean isOfficer(Collection<? extends GrantedAuthority> authorities) {
    return authorities.stream().anyMatch(a -> ROLE.equals(a.getAuthority()));
  }

  public static boolean isApplicant(Collection<? extends GrantedAuthority> authorities) {
    return authorities.stream().anyMatch(a -> APPLICANT.equals(a.getAuthority()));
  }

  /** The ids of the agencies the officer works for. */
  public static Set<String> agencies(Collection<? extends GrantedAuthority> authorities) {
    return authorities.stream()
        .map(GrantedAuthority::getAuthority)
        .filter(a -> a.startsWith(AGENCY))
        .map(a -> a.substring(AGENCY.length()))
        .collect(Collectors.toSet());
  }
}
