package vn.motcua.dossier;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Signing a declaration with a one-time code (ký bằng mã OTP): the code is sent to the applicant's
 * phone or e-mail and bound to the SHA-256 of the declaration, so it signs that declaration and no
 * other. A confirmed signature is spent by the submission that carries it.
 */
public interface DeclarationSigning {

  /** Where the code went, masked, and until when it works. */
  record CodeSent(UUID requestId, boolean byEmail, String maskedDestination, Instant expiresAt) {}

  /**
   * Sends a code for signing {@code declaration} of {@code procedureCode}; by e-mail when asked and
   * the applicant has one.
   */
  CodeSent requestCode(
      ApplicantSnapshot applicant,
      String procedureCode,
      Map<String, Object> declaration,
      boolean byEmail);

  /**
   * Checks the code against the request and the declaration as it is now.
   *
   * @throws vn.motcua.shared.CodeRejectedException for a wrong, expired, used or exhausted code
   * @throws DeclarationChangedException when the declaration changed after the code was sent
   */
  UUID confirm(String account, UUID requestId, String code, Map<String, Object> declaration);

  /** The declaration is no longer the one the code was sent for: a new code must be asked for. */
  class DeclarationChangedException extends RuntimeException {
    public DeclarationChangedException() {
      super("the declaration changed after the signing code was sent");
    }
  }
}
