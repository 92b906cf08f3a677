package vn.motcua.applicant;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Applicant accounts: registration, activation, password reset and profile. */
public interface Applicants {

  Optional<ApplicantProfile> find(String username);

  /**
   * The account holding this citizen ID, if any: the counter links a walk-in dossier to the
   * citizen's portal account by it.
   */
  Optional<ApplicantProfile> findByCitizenId(String citizenId);

  /**
   * Creates an active account unless it exists; the password is hashed here. For seeders (demo,
   * benchmark).
   */
  ApplicantProfile register(ApplicantProfile profile, String rawPassword);

  /**
   * Registers an account that stays inactive until the code sent to {@code registration.channel()}
   * is entered ({@link #activate}).
   *
   * @throws InvalidAccountDataException for missing or malformed fields, or an ID already
   *     registered
   */
  CodeRequest signUp(Registration registration);

  /**
   * @throws vn.motcua.shared.CodeRejectedException for a wrong, expired, used or exhausted code
   */
  ApplicantProfile activate(String requestId, String code);

  /**
   * A new activation code for an account that signed in with the right password but is not active
   * yet (by its login).
   */
  CodeRequest resendActivation(String login, ContactChannel channel);

  /**
   * Sends a reset code to the account's phone or e-mail. For an unknown login nothing is sent, and
   * the answer looks the same (with a decoy destination), so the form does not tell who has an
   * account.
   */
  CodeRequest requestPasswordReset(String login, ContactChannel channel);

  /**
   * @throws vn.motcua.shared.CodeRejectedException for a wrong, expired, used or exhausted code
   * @throws InvalidAccountDataException for a password too weak or not confirmed
   */
  void resetPassword(String requestId, String code, String newPassword, String confirmation);

  /**
   * @throws InvalidAccountDataException for missing or malformed fields, or a citizen ID another
   *     account holds
   */
  ApplicantProfile updateProfile(String username, ProfileChange change);

  /**
   * The account of a citizen who signed in with the national e-ID: the one holding the citizen ID
   * (activated if it was not yet: the e-ID proved who they are), else a new active individual
   * account whose username is the citizen ID, with an unusable random password and no address (the
   * profile page asks for it). Linking (the first time) and creating are audited; the name and date
   * of birth are the e-ID's, taken again at each sign-in (a change audited as the e-ID's).
   *
   * @throws InvalidAccountDataException for missing claims (code {@code form.required} at the
   *     fields {@code citizenId}, {@code fullName}, {@code dateOfBirth}), a malformed citizen ID,
   *     or a citizen ID already used as another account's username
   */
  ApplicantProfile linkOrCreateFromEid(EidIdentity identity);

  /**
   * The identifying fields the account's holder cannot change ({@code citizenId}, {@code fullName},
   * {@code dateOfBirth}): all three once the national e-ID has signed the account in (its word
   * stands, and is taken again at each e-ID sign-in), the citizen ID alone when the operator
   * created the account.
   */
  Set<String> verifiedFields(String username);

  /** The audited changes of the account's identifying fields, newest first. */
  List<ProfileAuditEntry> auditTrail(String username);
}
