package vn.motcua.dossier.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.catalog.FieldError;
import vn.motcua.dossier.ApplicantSnapshot;
import vn.motcua.dossier.DeclarationSigning;
import vn.motcua.dossier.InvalidSubmissionException;
import vn.motcua.notification.EmailGateway;
import vn.motcua.notification.SmsGateway;
import vn.motcua.shared.CodeRejectedException;
import vn.motcua.shared.Masks;
import vn.motcua.shared.OneTimeCode;
import vn.motcua.shared.OneTimeCodes;
import vn.motcua.shared.VietnameseTexts;

/**
 * Declarations signed with a one-time code. What is kept as evidence: the account, the procedure,
 * the SHA-256 of the declaration (canonical JSON: keys sorted, with the procedure code), the
 * channel and masked destination of the code, when it was sent and accepted and after how many
 * tries, and the dossier it went into.
 */
@Service
class DeclarationSigningService implements DeclarationSigning {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private final DeclarationSignatureRepository signatures;
  private final OneTimeCodes codes;
  private final SmsGateway sms;
  private final EmailGateway email;
  private final MessageSource messages;
  private final DossierViews views;
  private final Clock clock;
  private final Duration validity;
  private final int maxAttempts;

  DeclarationSigningService(
      DeclarationSignatureRepository signatures,
      OneTimeCodes codes,
      SmsGateway sms,
      EmailGateway email,
      MessageSource messages,
      DossierViews views,
      Clock clock,
      @Value("${motcua.signing.code-validity:PT10M}") Duration validity,
      @Value("${motcua.signing.max-attempts:5}") int maxAttempts) {
    this.signatures = signatures;
    this.codes = codes;
    this.sms = sms;
    this.email = email;
    this.messages = messages;
    this.views = views;
    this.clock = clock;
    this.validity = validity;
    this.maxAttempts = maxAttempts;
  }

  @Override
  @Transactional
  public CodeSent requestCode(
      ApplicantSnapshot applicant,
      String procedureCode,
      Map<String, Object> declaration,
      boolean byEmail) {
    boolean hasEmail = applicant.email() != null && !applicant.email().isBlank();
    boolean hasPhone = applicant.phone() != null && !applicant.phone().isBlank();
    if (!hasEmail && !hasPhone) {
      throw new InvalidSubmissionException(
          List.of(
              FieldError.of(
                  "signingCode",
                  VietnameseTexts.text("label.signingCode"),
                  "submission.sign.noContact")));
    }
    boolean viaEmail = hasEmail && (byEmail || !hasPhone);
    UUID id = UUID.randomUUID();
    String code = codes.newCode();
    Instant now = clock.instant();
    String hash = hash(procedureCode, declaration);
    String masked = viaEmail ? Masks.email(applicant.email()) : Masks.phone(applicant.phone());
    signatures.save(
        new DeclarationSignatureEntity(
            id,
            applicant.account(),
            procedureCode,
            hash,
            viaEmail ? "EMAIL" : "SMS",
            masked,
            new OneTimeCode(codes.hash(id.toString(), code), now, now.plus(validity))));
    Object[] args = {code, validity.toMinutes(), hash.substring(0, 8)};
    String reference = "signature:" + id;
    if (viaEmail) {
      email.send(
          applicant.email(),
          messages.getMessage("signing.mail.subject", args, VIETNAMESE),
          messages.getMessage("signing.mail.body", args, VIETNAMESE),
          reference);
    } else {
      sms.send(applicant.phone(), messages.getMessage("signing.sms", args, VIETNAMESE), reference);
    }
    return new CodeSent(id, viaEmail, masked, now.plus(validity));
  }

  @Override
  @Transactional(noRollbackFor = CodeRejectedException.class)
  public UUID confirm(
      String account, UUID requestId, String code, Map<String, Object> declaration) {
    DeclarationSignatureEntity signature =
        signatures
            .findForUpdate(requestId)
            .filter(s -> s.account().equals(account))
            .orElseThrow(() -> new CodeRejectedException(OneTimeCode.Rejection.WRONG));
    if (!signature.declarationSha256().equals(hash(signature.procedureCode(), declaration))) {
      throw new DeclarationChangedException();
    }
    signature
        .code()
        .attempt(
            codes.hash(requestId.toString(), code == null ? "" : code.strip()),
            clock.instant(),
            maxAttempts)
        .ifPresent(
            rejection -> {
              throw new CodeRejectedException(rejection);
            });
    return signature.id();
  }

  /**
   * Spends a confirmed signature on the dossier being created (in its transaction): the signature
   * must be this account's, for this procedure and this very declaration, accepted, and unspent.
   *
   * @return the note for the dossier's timeline, or null when the signature does not hold
   */
  String spend(
      UUID signatureId,
      String account,
      String procedureCode,
      Map<String, Object> declaration,
      String dossierCode) {
    return signatures
        .findForUpdate(signatureId)
        .filter(s -> s.account().equals(account) && s.procedureCode().equals(procedureCode))
        .filter(s -> s.code().usedAt() != null && s.dossierCode() == null)
        .filter(s -> s.declarationSha256().equals(hash(procedureCode, declaration)))
        .map(
            s -> {
              s.spendOn(dossierCode);
              return VietnameseTexts.text(
                  "timeline.signed." + (s.channel().equals("EMAIL") ? "EMAIL" : "SMS"),
                  s.destination(),
                  s.declarationSha256());
            })
        .orElse(null);
  }

  /** SHA-256 of the procedure code and the declaration as canonical JSON (keys sorted). */
  String hash(String procedureCode, Map<String, Object> declaration) {
    try {
      byte[] canonical =
          (procedureCode + "\n" + views.json(new TreeMap<>(declaration)))
              .getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
