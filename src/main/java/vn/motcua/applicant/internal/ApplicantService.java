package vn.motcua.applicant.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.applicant.ApplicantProfile;
import vn.motcua.applicant.Applicants;

/** Applicant accounts, and the citizens' side of sign-in (officers sign in to Camunda's identity). */
@Service
@Transactional(readOnly = true)
class ApplicantService implements Applicants, UserDetailsService {

  static final String ROLE = "APPLICANT";

  private final ApplicantAccountRepository accounts;
  private final PasswordEncoder passwordEncoder;
  private final Clock clock;

  ApplicantService(ApplicantAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
    this.accounts = accounts;
    this.passwordEncoder = passwordEncoder;
    this.clock = clock;
  }

  @Override
  public Optional<ApplicantProfile> find(String username) {
    return accounts.findById(username).map(ApplicantAccount::toProfile);
  }

  @Override
  @Transactional
  public ApplicantProfile register(ApplicantProfile profile, String rawPassword) {
    return accounts.findById(profile.username())
        .orElseGet(() -> accounts.save(new ApplicantAccount(profile, passwordEncoder.encode(rawPassword), Instant.now(clock))))
        .toProfile();
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    ApplicantAccount account = accounts.findById(username)
        .orElseThrow(() -> new UsernameNotFoundException("no applicant " + username));
    return User.withUsername(account.username())
        .password(account.passwordHash())
        .disabled(!account.enabled())
        .roles(ROLE)
        .build();
  }
}
