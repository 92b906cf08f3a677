package vn.motcua.applicant.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.motcua.applicant.ApplicantProfile;

@Entity
@Table(name = "applicant_account")
class ApplicantAccount {

  @Id
  private String username;

  @Column(nullable = false)
  private String kind;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(name = "full_name", nullable = false)
  private String fullName;

  @Column(name = "citizen_id")
  private String citizenId;

  private String phone;

  private String email;

  private String address;

  @Column(nullable = false)
  private boolean enabled;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected ApplicantAccount() {}

  ApplicantAccount(ApplicantProfile profile, String passwordHash, Instant createdAt) {
    this.username = profile.username();
    this.kind = profile.kind();
    this.fullName = profile.fullName();
    this.citizenId = profile.citizenId();
    this.phone = profile.phone();
    this.email = profile.email();
    this.address = profile.address();
    this.passwordHash = passwordHash;
    this.enabled = true;
    this.createdAt = createdAt;
  }

  String username() { return username; }
  String passwordHash() { return passwordHash; }
  boolean enabled() { return enabled; }

  ApplicantProfile toProfile() {
    return new ApplicantProfile(username, kind, fullName, citizenId, phone, email, address);
  }
}
