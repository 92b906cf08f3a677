package vn.motcua.dossier.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import vn.motcua.shared.OneTimeCode;

/**
 * A declaration signed (or to be signed) with a one-time code; spent by the dossier it went into.
 */
@Entity
@Table(name = "declaration_signature")
class DeclarationSignatureEntity {

  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private String account;

  @Column(name = "procedure_code", nullable = false, updatable = false)
  private String procedureCode;

  @Column(name = "declaration_sha256", nullable = false, updatable = false)
  private String declarationSha256;

  @Column(nullable = false, updatable = false)
  private String channel;

  @Column(nullable = false, updatable = false)
  private String destination;

  @Embedded private OneTimeCode code;

  @Column(name = "dossier_code", unique = true)
  private String dossierCode;

  protected DeclarationSignatureEntity() {}

  DeclarationSignatureEntity(
      UUID id,
      String account,
      String procedureCode,
      String declarationSha256,
      String channel,
      String destination,
      OneTimeCode code) {
    this.id = id;
    this.account = account;
    this.procedureCode = procedureCode;
    this.declarationSha256 = declarationSha256;
    this.channel = channel;
    this.destination = destination;
    this.code = code;
  }

  /** The dossier that carries this signature; a signature goes into one dossier only. */
  void spendOn(String dossierCode) {
    this.dossierCode = dossierCode;
  }

  UUID id() {
    return id;
  }

  String account() {
    return account;
  }

  String procedureCode() {
    return procedureCode;
  }

  String declarationSha256() {
    return declarationSha256;
  }

  String channel() {
    return channel;
  }

  String destination() {
    return destination;
  }

  OneTimeCode code() {
    return code;
  }

  String dossierCode() {
    return dossierCode;
  }
}
