package vn.motcua.dossier.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.catalog.CitizenNumbers;
import vn.motcua.catalog.FieldError;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DeliveryMethod;
import vn.motcua.dossier.DossierNotFoundException;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.InvalidSubmissionException;
import vn.motcua.dossier.LookupCodeRejectedException;
import vn.motcua.dossier.LookupCodeRequest;
import vn.motcua.dossier.LookupView;
import vn.motcua.dossier.PublicLookup;
import vn.motcua.notification.SmsGateway;
import vn.motcua.shared.Masks;
import vn.motcua.shared.OneTimeCodes;
import vn.motcua.shared.VietnameseTexts;

@Service
class PublicLookupService implements PublicLookup {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  /**
   * Expired requests stay a day, so a late try hears "expired" rather than "wrong"; then they go.
   */
  private static final Duration KEEP_EXPIRED = Duration.ofDays(1);

  /**
   * Longer than any dossier code; a longer input cannot match, and is cut so that it costs what a
   * code costs.
   */
  private static final int MAX_CODE_LENGTH = 64;

  /**
   * Stands in for the dossier when a code is unknown and the database holds none to read instead.
   */
  private static final DossierEntity DECOY =
      new DossierEntity(
          "",
          "",
          0,
          0,
          Channel.ONLINE,
          "",
          "Nguyễn Văn An",
          null,
          null,
          null,
          null,
          "",
          "",
          DeliveryMethod.COUNTER,
          null,
          0,
          null,
          "{}",
          Instant.EPOCH);

  private final DossierRepository dossiers;
  private final LookupRequestRepository requests;
  private final ProcedureCatalog catalog;
  private final OneTimeCodes codes;
  private final SmsGateway sms;
  private final MessageSource messages;
  private final Clock clock;
  private final Duration codeValidity;
  private final int maxAttempts;
  private final DossierParts parts;

  /**
   * The code of the last dossier found: a miss looks that dossier up by the same query a hit makes,
   * so that it reads, maps and masks as many rows as a hit does.
   */
  private final AtomicReference<String> decoyCode = new AtomicReference<>();

  PublicLookupService(
      DossierRepository dossiers,
      LookupRequestRepository requests,
      ProcedureCatalog catalog,
      OneTimeCodes codes,
      SmsGateway sms,
      MessageSource messages,
      Clock clock,
      @Value("${motcua.lookup.code-validity:PT5M}") Duration codeValidity,
      @Value("${motcua.lookup.max-attempts:5}") int maxAttempts,
      DossierParts parts) {
    this.parts = parts;
    this.dossiers = dossiers;
    this.requests = requests;
    this.catalog = catalog;
    this.codes = codes;
    this.sms = sms;
    this.messages = messages;
    this.clock = clock;
    this.codeValidity = codeValidity;
    this.maxAttempts = maxAttempts;
  }

  /**
   * Hit or miss, the same work: the dossier with its timeline read, one catalogue read, one masking
   * and one answer built, and only then the miss is thrown. A miss reads a real dossier for that
   * (the last one found, by the same query), so that it fetches, maps and masks as many rows as a
   * hit: a miss that reads nothing answered 30 % faster under load. An early return for a miss, or
   * a format check in front of the query, would make misses measurably faster than hits and let a
   * script that guesses codes tell the two apart by timing alone, even though both are
   * rate-limited; and a province sizes the look-up by requests, whatever their share of misses.
   */
  @Override
  @Transactional(readOnly = true)
  public LookupView byCode(String code) {
    String key = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    key = key.length() > MAX_CODE_LENGTH ? key.substring(0, MAX_CODE_LENGTH) : key;
    Optional<DossierEntity> found = dossiers.findWithTimelineByCode(key);
    DossierEntity shown = found.or(this::decoy).orElse(DECOY);
    LookupView view =
        view(shown, catalog.version(shown.procedureVersionId()).map(Procedure::name).orElse(""));
    if (found.isEmpty()) {
      throw new DossierNotFoundException(key);
    }
    decoyCode.set(shown.code());
    return view;
  }

  /** The dossier a miss reads in place of the one it did not find (none in an empty database). */
  private Optional<DossierEntity> decoy() {
    String known = decoyCode.get();
    if (known == null) {
      known = dossiers.findFirstByOrderByIdAsc().map(DossierEntity::code).orElse(null);
      if (known == null) {
        return Optional.empty();
      }
      decoyCode.compareAndSet(null, known);
    }
    return dossiers.findWithTimelineByCode(known);
  }

  /**
   * Hit or miss, a request row with the hash of a fresh code, and the same answer; only a hit sends
   * the code. The sandbox SMS is a row insert; a provider's adapter should hand the message to a
   * queue rather than wait for the provider, or the answer's timing would tell a hit from a miss.
   */
  @Override
  @Transactional
  public LookupCodeRequest requestCode(String citizenId) {
    String id = citizenId == null ? null : citizenId.strip();
    CitizenNumbers.citizenIdProblem(id, Year.now(clock))
        .ifPresent(
            problem -> {
              throw new InvalidSubmissionException(
                  List.of(
                      FieldError.of(
                          "citizenId", VietnameseTexts.text("label.lookupCitizenId"), problem)));
            });
    Instant now = clock.instant();
    requests.purgeExpiredBefore(now.minus(KEEP_EXPIRED));
    Optional<String> phone =
        dossiers
            .findFirstByApplicantCitizenIdAndApplicantPhoneIsNotNullOrderBySubmittedAtDesc(id)
            .map(DossierEntity::applicantPhone);
    UUID requestId = UUID.randomUUID();
    String code = codes.newCode();
    Instant expiresAt = now.plus(codeValidity);
    requests.save(
        new LookupRequestEntity(
            requestId, id, codes.hash(requestId.toString(), code), now, expiresAt));
    phone.ifPresent(
        p ->
            sms.send(
                p,
                messages.getMessage(
                    "lookup.sms.code", new Object[] {code, codeValidity.toMinutes()}, VIETNAMESE),
                "lookup:" + requestId));
    String maskedPhone =
        phone.map(Masks::phone).orElseGet(() -> Masks.decoyPhone(codes.keyedDigest("phone:" + id)));
    return new LookupCodeRequest(requestId.toString(), maskedPhone, expiresAt);
  }

  /**
   * A wrong try is committed although it is answered with an exception: it counts against the
   * limit.
   */
  @Override
  @Transactional(noRollbackFor = LookupCodeRejectedException.class)
  public List<LookupView> byCitizenId(String requestId, String code) {
    if (code == null || code.isBlank()) {
      throw new LookupCodeRejectedException(LookupCodeRejectedException.Reason.MISSING);
    }
    LookupRequestEntity request =
        parse(requestId)
            .flatMap(requests::findForUpdate)
            .orElseThrow(
                () -> new LookupCodeRejectedException(LookupCodeRejectedException.Reason.WRONG));
    request
        .attempt(codes.hash(request.id().toString(), code.strip()), clock.instant(), maxAttempts)
        .ifPresent(
            reason -> {
              throw new LookupCodeRejectedException(reason);
            });
    List<LookupView> found = new ArrayList<>();
    for (DossierEntity dossier :
        dossiers.findWithTimelineByApplicantCitizenIdOrderBySubmittedAtDesc(
            request.takeCitizenId())) {
      found.add(
          view(
              dossier,
              catalog.version(dossier.procedureVersionId()).map(Procedure::name).orElse("")));
    }
    return found;
  }

  private LookupView view(DossierEntity d, String procedureName) {
    List<LookupView.Step> steps = new ArrayList<>();
    DossierStatus previous = null;
    for (TimelineEventEntity event : d.timeline()) {
      // a note on the timeline (a reminder) leaves the status as it was: not a step of its own;
      // the agency's own work (a return to the previous step among them) is not shown
      if (event.status() != previous && !event.internal()) {
        steps.add(new LookupView.Step(event.at(), event.status()));
        previous = event.status();
      }
    }
    return new LookupView(
        d.code(),
        d.procedureCode(),
        procedureName,
        Masks.name(d.applicantName()),
        d.receivedAt(),
        d.appointmentAt(),
        d.status(),
        steps,
        parts.lookupViews(d));
  }

  private static Optional<UUID> parse(String requestId) {
    try {
      return Optional.ofNullable(requestId).map(UUID::fromString);
    } catch (IllegalArgumentException notAnId) {
      return Optional.empty();
    }
  }
}
