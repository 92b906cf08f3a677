package vn.motcua.applicant.internal;

import static vn.motcua.applicant.internal.AccountRules.strip;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.applicant.ApplicantProfile;
import vn.motcua.applicant.Applicants;
import vn.motcua.applicant.CodeRequest;
import vn.motcua.applicant.ContactChannel;
import vn.motcua.applicant.EidIdentity;
import vn.motcua.applicant.InvalidAccountDataException;
import vn.motcua.applicant.ProfileAuditEntry;
import vn.motcua.applicant.ProfileChange;
import vn.motcua.applicant.Registration;
import vn.motcua.applicant.internal.ApplicantCodeEntity.Purpose;
import vn.motcua.catalog.CitizenNumbers;
import vn.motcua.catalog.FieldError;
import vn.motcua.shared.CodeRejectedException;
import vn.motcua.shared.OneTimeCode;
import vn.motcua.shared.OneTimeCodes;
import vn.motcua.shared.VietnameseTexts;

/**
 * Applicant accounts, and the citizens' side of sign-in (officers sign in to Camunda's identity).
 * One signs in with the account's username, or with the citizen ID or tax code it holds.
 */
@Service
@Transactional(readOnly = true)
class ApplicantService implements Applicants, UserDetailsService {

  static final String ROLE = "APPLICANT";

  /**
   * Audit fields of the e-ID: the account was created from it, or an existing account was first
   * signed in to with it.
   */
  static final String EID_CREATED = "eidCreated";

  static final String EID_LINKED = "eidLinked";

  /**
   * An account the operator created (a seeder): its citizen ID is vouched for as the e-ID's would
   * be.
   */
  static final String OPERATOR_CREATED = "operatorCreated";

  private static final String EID_ACTOR = "VNeID";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final ApplicantAccountRepository accounts;
  private final ApplicantCodeRepository codes;
  private final ApplicantAuditRepository audit;
  private final AccountNotices notices;
  private final OneTimeCodes oneTimeCodes;
  private final PasswordEncoder passwordEncoder;
  private final Clock clock;
  private final Duration codeValidity;
  private final int maxAttempts;

  ApplicantService(
      ApplicantAccountRepository accounts,
      ApplicantCodeRepository codes,
      ApplicantAuditRepository audit,
      AccountNotices notices,
      OneTimeCodes oneTimeCodes,
      PasswordEncoder passwordEncoder,
      Clock clock,
      @Value("${motcua.accounts.code-validity:PT15M}") Duration codeValidity,
      @Value("${motcua.accounts.code-max-attempts:5}") int maxAttempts) {
    this.accounts = accounts;
    this.codes = codes;
    this.audit = audit;
    this.notices = notices;
    this.oneTimeCodes = oneTimeCodes;
    this.passwordEncoder = passwordEncoder;
    this.clock = clock;
    this.codeValidity = codeValidity;
    this.maxAttempts = maxAttempts;
  }

  @Override
  public Optional<ApplicantProfile> find(String username) {
    return accounts.findById(username).map(ApplicantAccount::toProfile);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<ApplicantProfile> findByCitizenId(String citizenId) {
    return citizenId == null || citizenId.isBlank()
        ? Optional.empty()
        : accounts.findByCitizenId(citizenId).map(ApplicantAccount::toProfile);
  }

  @Override
  @Transactional
  public ApplicantProfile register(ApplicantProfile profile, String rawPassword) {
    return accounts
        .findById(profile.username())
        .orElseGet(
            () -> {
              ApplicantAccount created =
                  accounts.save(
                      new ApplicantAccount(
                          profile, passwordEncoder.encode(rawPassword), true, clock.instant()));
              audit.save(
                  new ApplicantAuditEntity(
                      created.username(),
                      clock.instant(),
                      "system",
                      OPERATOR_CREATED,
                      null,
                      profile.citizenId()));
              return created;
            })
        .toProfile();
  }

  @Override
  @Transactional
  public CodeRequest signUp(Registration r) {
    LocalDate today = LocalDate.now(clock);
    List<FieldError> errors = new ArrayList<>(AccountRules.check(r, Year.from(today), today));
    boolean organisation = ApplicantProfile.ORGANISATION.equals(r.kind());
    String username = organisation ? strip(r.taxCode()) : strip(r.citizenId());
    if (errors.isEmpty()) {
      if (organisation && accounts.findByTaxCode(username).isPresent()) {
        errors.add(
            FieldError.of(
                "taxCode", VietnameseTexts.text("label.taxCode"), "account.taxCode.taken"));
      } else if (!organisation && accounts.findByCitizenId(username).isPresent()) {
        errors.add(
            FieldError.of(
                "citizenId", VietnameseTexts.text("label.citizenId"), "account.citizenId.taken"));
      } else if (accounts.existsById(username)) {
        errors.add(
            FieldError.of(
                organisation ? "taxCode" : "citizenId",
                VietnameseTexts.text("label.username"),
                "account.username.taken"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidAccountDataException(errors);
    }
    ApplicantProfile profile =
        new ApplicantProfile(
            username,
            organisation ? ApplicantProfile.ORGANISATION : ApplicantProfile.INDIVIDUAL,
            r.fullName().strip(),
            organisation ? null : username,
            r.phone().strip(),
            strip(r.email()),
            r.address().strip(),
            organisation ? null : r.dateOfBirth(),
            organisation ? username : null,
            organisation ? r.representative().strip() : null);
    ApplicantAccount account;
    try {
      account =
          accounts.saveAndFlush(
              new ApplicantAccount(
                  profile, passwordEncoder.encode(r.password()), false, clock.instant()));
    } catch (DataIntegrityViolationException sameIdAtOnce) {
      throw new InvalidAccountDataException(
          List.of(
              organisation
                  ? FieldError.of(
                      "taxCode", VietnameseTexts.text("label.taxCode"), "account.taxCode.taken")
                  : FieldError.of(
                      "citizenId",
                      VietnameseTexts.text("label.citizenId"),
                      "account.citizenId.taken")));
    }
    return sendCode(account, Purpose.ACTIVATE, r.channel());
  }

  @Override
  @Transactional(noRollbackFor = CodeRejectedException.class)
  public ApplicantProfile activate(String requestId, String code) {
    ApplicantCodeEntity request = spend(requestId, code, Purpose.ACTIVATE);
    ApplicantAccount account =
        accounts
            .findForUpdate(request.username())
            .orElseThrow(() -> new CodeRejectedException(OneTimeCode.Rejection.WRONG));
    account.activate(clock.instant());
    return account.toProfile();
  }

  @Override
  @Transactional
  public CodeRequest resendActivation(String login, ContactChannel channel) {
    ApplicantAccount account =
        byLogin(login)
            .filter(a -> !a.enabled())
            .orElseThrow(() -> new IllegalStateException("no inactive account " + login));
    return sendCode(account, Purpose.ACTIVATE, channel);
  }

  @Override
  @Transactional
  public CodeRequest requestPasswordReset(String login, ContactChannel channel) {
    String typed = login == null ? "" : login.strip();
    typed = typed.length() > 100 ? typed.substring(0, 100) : typed; // what the request row keeps
    Optional<ApplicantAccount> account =
        byLogin(typed).filter(a -> a.phone() != null || a.email() != null);
    if (account.isPresent()) {
      return sendCode(account.get(), Purpose.RESET_PASSWORD, channel);
    }
    // the same row, no message: the reset form must not tell who has an account
    UUID id = UUID.randomUUID();
    Instant now = clock.instant();
    codes.save(
        new ApplicantCodeEntity(
            id,
            typed,
            Purpose.RESET_PASSWORD,
            new OneTimeCode(
                oneTimeCodes.hash(id.toString(), oneTimeCodes.newCode()),
                now,
                now.plus(codeValidity))));
    return new CodeRequest(id.toString(), channel, null, now.plus(codeValidity));
  }

  @Override
  @Transactional(noRollbackFor = CodeRejectedException.class)
  public void resetPassword(
      String requestId, String code, String newPassword, String confirmation) {
    List<FieldError> errors = AccountRules.password("password", newPassword, confirmation);
    if (!errors.isEmpty()) {
      throw new InvalidAccountDataException(errors);
    }
    ApplicantCodeEntity request = spend(requestId, code, Purpose.RESET_PASSWORD);
    ApplicantAccount account =
        accounts
            .findForUpdate(request.username())
            .orElseThrow(() -> new CodeRejectedException(OneTimeCode.Rejection.WRONG));
    account.changePassword(passwordEncoder.encode(newPassword));
    if (!account.enabled()) {
      account.activate(
          clock.instant()); // the code reached the phone or mailbox on file: that proves it as
      // activation does
    }
  }

  @Override
  @Transactional
  public ApplicantProfile updateProfile(String username, ProfileChange change) {
    ApplicantAccount account = accounts.findForUpdate(username).orElseThrow();
    ApplicantProfile before = account.toProfile();
    LocalDate today = LocalDate.now(clock);
    List<FieldError> errors =
        new ArrayList<>(
            AccountRules.check(change, before.isOrganisation(), Year.from(today), today));
    String citizenId = before.isOrganisation() ? before.citizenId() : strip(change.citizenId());
    if (errors.isEmpty() && eidIdentified(username)) {
      // the e-ID's word stands: a form that says otherwise (forged, since the page shows them
      // read-only) changes nothing
      if (!Objects.equals(change.fullName().strip(), before.fullName())) {
        errors.add(
            FieldError.of(
                "fullName", VietnameseTexts.text("label.fullName"), "account.eid.verified"));
      }
      if (!Objects.equals(change.dateOfBirth(), before.dateOfBirth())) {
        errors.add(
            FieldError.of(
                "dateOfBirth", VietnameseTexts.text("label.dateOfBirth"), "account.eid.verified"));
      }
    }
    if (errors.isEmpty() && !Objects.equals(citizenId, before.citizenId())) {
      if (identityProven(username)) {
        // proven by the national e-ID: not the account's to change
        errors.add(
            FieldError.of(
                "citizenId",
                VietnameseTexts.text("label.citizenId"),
                "account.citizenId.verified"));
      } else if (accounts
          .findByCitizenId(citizenId)
          .filter(other -> !other.username().equals(username))
          .isPresent()) {
        errors.add(
            FieldError.of(
                "citizenId", VietnameseTexts.text("label.citizenId"), "account.citizenId.taken"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidAccountDataException(errors);
    }
    account.change(
        new ProfileChange(
            change.fullName().strip(),
            citizenId,
            before.isOrganisation() ? null : change.dateOfBirth(),
            before.isOrganisation() ? change.representative().strip() : null,
            change.phone().strip(),
            strip(change.email()),
            change.address().strip()));
    ApplicantProfile after = account.toProfile();
    Instant now = clock.instant();
    auditChange(username, now, username, "fullName", before.fullName(), after.fullName());
    auditChange(username, now, username, "citizenId", before.citizenId(), after.citizenId());
    auditChange(username, now, username, "dateOfBirth", before.dateOfBirth(), after.dateOfBirth());
    auditChange(
        username, now, username, "representative", before.representative(), after.representative());
    return after;
  }

  @Override
  @Transactional
  public ApplicantProfile linkOrCreateFromEid(EidIdentity identity) {
    LocalDate today = LocalDate.now(clock);
    String citizenId = strip(identity.citizenId());
    LocalDate dateOfBirth =
        identity.dateOfBirth() != null && !identity.dateOfBirth().isAfter(today)
            ? identity.dateOfBirth()
            : null;
    List<FieldError> missing = new ArrayList<>();
    if (citizenId == null) {
      missing.add(
          FieldError.of("citizenId", VietnameseTexts.text("label.citizenId"), "form.required"));
    }
    if (AccountRules.blank(identity.fullName())) {
      missing.add(
          FieldError.of("fullName", VietnameseTexts.text("label.fullName"), "form.required"));
    }
    if (dateOfBirth == null) {
      missing.add(
          FieldError.of("dateOfBirth", VietnameseTexts.text("label.dateOfBirth"), "form.required"));
    }
    if (!missing.isEmpty()) {
      throw new InvalidAccountDataException(missing);
    }
    var idProblem = CitizenNumbers.citizenIdProblem(citizenId, Year.from(today));
    if (idProblem.isPresent()) {
      throw new InvalidAccountDataException(
          List.of(
              FieldError.of(
                  "citizenId", VietnameseTexts.text("label.citizenId"), idProblem.get())));
    }
    String fullName = identity.fullName().strip();
    Instant now = clock.instant();
    Optional<ApplicantAccount> held =
        accounts.findByCitizenId(citizenId).flatMap(a -> accounts.findForUpdate(a.username()));
    if (held.isPresent()) {
      ApplicantAccount account = held.get();
      if (!audit.existsByUsernameAndFieldIn(account.username(), List.of(EID_CREATED, EID_LINKED))) {
        if (!identityProven(account.username())) {
          // The portal's registration proves a phone or a mailbox, not the citizen ID: whoever
          // registered this
          // ID may not be its holder. The e-ID proves it, so its first sign-in takes the account
          // over: nobody
          // keeps a password to it, and its contacts become the e-ID's (the holder sets a password
          // through
          // "forgot password", whose code now goes to their own phone or mailbox).
          ApplicantProfile before = account.toProfile();
          account.takenOverByEid(
              passwordEncoder.encode(unusablePassword()),
              wellFormedPhone(identity),
              wellFormedEmail(identity),
              now);
          auditChange(
              account.username(),
              now,
              account.username(),
              "phone",
              before.phone(),
              account.toProfile().phone());
          auditChange(
              account.username(),
              now,
              account.username(),
              "email",
              before.email(),
              account.toProfile().email());
        }
        audit.save(
            new ApplicantAuditEntity(
                account.username(), now, EID_ACTOR, EID_LINKED, null, identity.subject()));
      }
      // the e-ID's word on who this is stands: taken again at each sign-in (the population data may
      // have changed)
      ApplicantProfile before = account.toProfile();
      account.identifiedByEid(fullName, dateOfBirth);
      auditChange(account.username(), now, EID_ACTOR, "fullName", before.fullName(), fullName);
      auditChange(
          account.username(), now, EID_ACTOR, "dateOfBirth", before.dateOfBirth(), dateOfBirth);
      return account.toProfile();
    }
    if (accounts.existsById(citizenId)) {
      throw new InvalidAccountDataException(
          List.of(
              FieldError.of(
                  "username", VietnameseTexts.text("label.username"), "account.username.taken")));
    }
    // what the e-ID says is kept where it is well-formed; whatever is missing the citizen adds on
    // the profile page
    String phone = wellFormedPhone(identity);
    String email = wellFormedEmail(identity);
    ApplicantProfile profile =
        ApplicantProfile.individual(
            citizenId, fullName, citizenId, dateOfBirth, phone, email, null);
    // nobody knows this password: the citizen signs in with the e-ID, or sets one through "forgot
    // password"
    ApplicantAccount account =
        accounts.saveAndFlush(
            new ApplicantAccount(profile, passwordEncoder.encode(unusablePassword()), true, now));
    audit.save(
        new ApplicantAuditEntity(
            account.username(), now, EID_ACTOR, EID_CREATED, null, identity.subject()));
    return account.toProfile();
  }

  @Override
  public Set<String> verifiedFields(String username) {
    if (eidIdentified(username)) {
      return Set.of("citizenId", "fullName", "dateOfBirth");
    }
    return identityProven(username) ? Set.of("citizenId") : Set.of();
  }

  /**
   * Whether the national e-ID has signed the account in: its name and date of birth are then the
   * e-ID's.
   */
  private boolean eidIdentified(String username) {
    return audit.existsByUsernameAndFieldIn(username, List.of(EID_CREATED, EID_LINKED));
  }

  /**
   * Whether the account's citizen ID is proven: by the national e-ID, or by the operator who
   * created the account.
   */
  private boolean identityProven(String username) {
    return audit.existsByUsernameAndFieldIn(
        username, List.of(EID_CREATED, EID_LINKED, OPERATOR_CREATED));
  }

  private static String unusablePassword() {
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    return Base64.getEncoder().encodeToString(random);
  }

  private static String wellFormedPhone(EidIdentity identity) {
    return strip(identity.phone()) != null
            && CitizenNumbers.phoneProblem(identity.phone().strip()).isEmpty()
        ? identity.phone().strip()
        : null;
  }

  private static String wellFormedEmail(EidIdentity identity) {
    return strip(identity.email()) != null
            && AccountRules.EMAIL.matcher(identity.email().strip()).matches()
        ? identity.email().strip()
        : null;
  }

  @Override
  public List<ProfileAuditEntry> auditTrail(String username) {
    return audit.findByUsernameOrderByAtDescIdDesc(username).stream()
        .map(ApplicantAuditEntity::toEntry)
        .toList();
  }

  @Override
  public UserDetails loadUserByUsername(String login) {
    ApplicantAccount account =
        byLogin(login).orElseThrow(() -> new UsernameNotFoundException("no applicant " + login));
    return User.withUsername(account.username())
        .password(account.passwordHash())
        .disabled(!account.enabled())
        .roles(ROLE)
        .build();
  }

  /** The account a login names: its username, else the citizen ID or tax code it holds. */
  private Optional<ApplicantAccount> byLogin(String login) {
    if (login == null || login.isBlank()) {
      return Optional.empty();
    }
    String typed = login.strip();
    return accounts
        .findById(typed)
        .or(() -> accounts.findByCitizenId(typed))
        .or(() -> accounts.findByTaxCode(typed.toUpperCase(Locale.ROOT)));
  }

  private CodeRequest sendCode(ApplicantAccount account, Purpose purpose, ContactChannel channel) {
    // the channel asked for when the account has it, else the other one
    ContactChannel via =
        account.email() != null && (channel == ContactChannel.EMAIL || account.phone() == null)
            ? ContactChannel.EMAIL
            : ContactChannel.SMS;
    Instant now = clock.instant();
    codes.purgeExpiredBefore(now.minus(Duration.ofDays(1)));
    UUID id = UUID.randomUUID();
    String code = oneTimeCodes.newCode();
    codes.save(
        new ApplicantCodeEntity(
            id,
            account.username(),
            purpose,
            new OneTimeCode(oneTimeCodes.hash(id.toString(), code), now, now.plus(codeValidity))));
    String destination =
        notices.sendCode(
            account.toProfile(), purpose == Purpose.ACTIVATE, via, code, codeValidity, id);
    return new CodeRequest(id.toString(), via, destination, now.plus(codeValidity));
  }

  private ApplicantCodeEntity spend(String requestId, String code, Purpose purpose) {
    if (code == null || code.isBlank()) {
      throw new CodeRejectedException(OneTimeCode.Rejection.WRONG);
    }
    ApplicantCodeEntity request =
        parse(requestId)
            .flatMap(codes::findForUpdate)
            .filter(c -> c.purpose() == purpose)
            .orElseThrow(() -> new CodeRejectedException(OneTimeCode.Rejection.WRONG));
    request
        .code()
        .attempt(
            oneTimeCodes.hash(request.id().toString(), code.strip()), clock.instant(), maxAttempts)
        .ifPresent(
            rejection -> {
              throw new CodeRejectedException(rejection);
            });
    return request;
  }

  private void auditChange(
      String username, Instant at, String actor, String field, Object before, Object after) {
    if (!Objects.equals(before, after)) {
      audit.save(
          new ApplicantAuditEntity(
              username,
              at,
              actor,
              field,
              before == null ? null : before.toString(),
              after == null ? null : after.toString()));
    }
  }

  private static Optional<UUID> parse(String id) {
    try {
      return Optional.ofNullable(id).map(UUID::fromString);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
