package vn.motcua.applicant.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.motcua.applicant.ApplicantProfile;
import vn.motcua.applicant.ProfileChange;

@Entity
@Table(name = "applicant_account")
class ApplicantAccount {

  @Id private String username;

  @Column(nullable = false)
  private String kind;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(name = "full_name", nullable = false)
  private String fullName;

  @Column(name = "citizen_id")
  private String citizenId;

  @Column(name = "date_of_birth")
  private LocalDate dateOfBirth;

  @Column(name = "tax_code")
  private String taxCode;

  private String representative;

  private String phone;

  private String email;

  private String address;

  /** False until the activation code is entered. */
  @Column(nullable = false)
  private boolean enabled;

  @Column(name = "failed_logins", nullable = false)
  private int failedLogins;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "activated_at")
  private Instant activatedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected ApplicantAccount() {}

  ApplicantAccount(
      ApplicantProfile profile, String passwordHash, boolean active, Instant createdAt) {
    this.username = profile.username();
    this.kind = profile.kind();
    this.fullName = profile.fullName();
    this.citizenId = profile.citizenId();
    this.dateOfBirth = profile.dateOfBirth();
    this.taxCode = profile.taxCode();
    this.representative = profile.representative();
    this.phone = profile.phone();
    this.email = profile.email();
    this.address = profile.address();
    this.passwordHash = passwordHash;
    this.enabled = active;
    this.activatedAt = active ? createdAt : null;
    this.createdAt = createdAt;
  }

  String username() {
    return username;
  }

  String passwordHash() {
    return passwordHash;
  }

  boolean enabled() {
    return enabled;
  }

  String phone() {
    return phone;
  }

  String email() {
    return email;
  }

  boolean lockedAt(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  void succeededLogin() {
    failedLogins = 0;
    lockedUntil = null;
  }

  void activate(Instant now) {
    enabled = true;
    activatedAt = now;
  }

  /**
   * The national e-ID proved the citizen ID: no password anyone knew stays, the contacts are the
   * e-ID's.
   */
  void takenOverByEid(String unusablePasswordHash, String phone, String email, Instant now) {
    changePassword(unusablePasswordHash);
    this.phone = phone;
    this.email = email;
    if (!enabled) {
      activate(now);
    }
  }

  /** The national e-ID's word on who the account's holder is. */
  void identifiedByEid(String fullName, LocalDate dateOfBirth) {
    this.fullName = fullName;
    this.dateOfBirth = dateOfBirth;
  }

  void changePassword(String passwordHash) {
    this.passwordHash = passwordHash;
    this.failedLogins = 0;
    this.lockedUntil = null;
  }

  /** Takes the edit as it stands, already checked and trimmed. */
  void change(ProfileChange change) {
    this.fullName = change.fullName();
    this.citizenId = change.citizenId();
    this.dateOfBirth = change.dateOfBirth();
    this.representative = change.representative();
    this.phone = change.phone();
    this.email = change.email();
    this.address = change.address();
  }

  ApplicantProfile toProfile() {
    return new ApplicantProfile(
        username,
        kind,
        fullName,
        citizenId,
        phone,
        email,
        address,
        dateOfBirth,
        taxCode,
        representative);
  }
}
