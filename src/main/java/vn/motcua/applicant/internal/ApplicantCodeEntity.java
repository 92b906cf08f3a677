package vn.motcua.applicant.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import vn.motcua.shared.OneTimeCode;

/** An activation or password-reset code sent to an account's phone or e-mail. */
@Entity
@Table(name = "applicant_code")
class ApplicantCodeEntity {

  enum Purpose {
    ACTIVATE,
    RESET_PASSWORD
  }

  @Id private UUID id;

  /** The login typed; for a reset of an unknown login no account has it, and no code was sent. */
  @Column(nullable = false, updatable = false)
  private String username;

  @Column(nullable = false, updatable = false)
  @Enumerated(EnumType.STRING)
  private Purpose purpose;

  @Embedded private OneTimeCode code;

  protected ApplicantCodeEntity() {}

  ApplicantCodeEntity(UUID id, String username, Purpose purpose, OneTimeCode code) {
    this.id = id;
    this.username = username;
    this.purpose = purpose;
    this.code = code;
  }

  UUID id() {
    return id;
  }

  String username() {
    return username;
  }

  Purpose purpose() {
    return purpose;
  }

  OneTimeCode code() {
    return code;
  }
}
