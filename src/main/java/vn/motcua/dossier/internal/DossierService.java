package vn.motcua.dossier.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.catalog.Agencies;
import vn.motcua.catalog.Agency;
import vn.motcua.catalog.FeeSchedule;
import vn.motcua.catalog.FieldError;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.catalog.ProcedureDescriptor.RequiredDocument;
import vn.motcua.document.DocumentRepository;
import vn.motcua.document.StoredDocument;
import vn.motcua.document.Upload;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.ComponentRequest;
import vn.motcua.dossier.ComponentSource;
import vn.motcua.dossier.DeclarationRow;
import vn.motcua.dossier.DossierCodeGenerator;
import vn.motcua.dossier.DossierNotFoundException;
import vn.motcua.dossier.DossierStateException;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierStatusChanged;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.InvalidSubmissionException;
import vn.motcua.dossier.OfficerLinks;
import vn.motcua.dossier.ProcedureEngine;
import vn.motcua.dossier.ServiceRating;
import vn.motcua.dossier.SubmissionCommand;
import vn.motcua.dossier.SubmissionResult;
import vn.motcua.shared.VietnameseFormats;
import vn.motcua.shared.VietnameseTexts;

@Service
@Transactional(readOnly = true)
class DossierService implements Dossiers {

  static final String APPLICANT = "APPLICANT";

  private final DossierRepository dossiers;
  private final SubmissionRequestRepository requests;
  private final ProcedureCatalog catalog;
  private final DocumentRepository documents;
  private final SubmissionValidator validator;
  private final DossierCodeGenerator codes;
  private final DossierClock clock;
  private final DossierViews views;
  private final ProcedureEngine engine;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;
  private final DeclarationSigningService signing;
  private final DossierRatingRepository ratings;
  private final Agencies agencies;
  private final DossierParts parts;

  private final OfficerAccessRepository accesses;
  private final ObjectProvider<OfficerLinks> links;

  DossierService(
      DossierRepository dossiers,
      SubmissionRequestRepository requests,
      ProcedureCatalog catalog,
      DocumentRepository documents,
      SubmissionValidator validator,
      DossierCodeGenerator codes,
      DossierClock clock,
      DossierViews views,
      ProcedureEngine engine,
      ApplicationEventPublisher events,
      PlatformTransactionManager transactionManager,
      DeclarationSigningService signing,
      DossierRatingRepository ratings,
      Agencies agencies,
      DossierParts parts,
      OfficerAccessRepository accesses,
      ObjectProvider<OfficerLinks> links) {
    this.links = links;
    this.parts = parts;
    this.accesses = accesses;
    this.ratings = ratings;
    this.agencies = agencies;
    this.dossiers = dossiers;
    this.requests = requests;
    this.catalog = catalog;
    this.documents = documents;
    this.validator = validator;
    this.codes = codes;
    this.clock = clock;
    this.views = views;
    this.engine = engine;
    this.events = events;
    this.transaction = new TransactionTemplate(transactionManager);
    this.signing = signing;
  }

  /**
   * Not one transaction on purpose: a repeat of a request that is still being committed meets the
   * idempotency row's primary key, and is answered with the first request's dossier after it.
   */
  @Override
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  public SubmissionResult submit(SubmissionCommand command) {
    String hash = requestHash(command);
    Optional<SubmissionResult> earlier = replay(command, hash);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    try {
      return transaction.execute(status -> create(command, hash));
    } catch (DataIntegrityViolationException
        | PessimisticLockingFailureException concurrentRepeat) {
      return replay(command, hash).orElseThrow(() -> concurrentRepeat);
    }
  }

  @Override
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  public SubmissionResult receiveAtCounter(SubmissionCommand command, String officer) {
    if (command.channel() != Channel.COUNTER) {
      throw new IllegalArgumentException("a counter intake has the channel COUNTER");
    }
    SubmissionResult submitted = submit(command);
    String code = submitted.dossier().code();
    transaction.executeWithoutResult(status -> engine.receivedAtCounter(code, officer));
    return new SubmissionResult(
        transaction.execute(status -> views.toView(dossiers.findByCode(code).orElseThrow())),
        submitted.replayed());
  }

  @Override
  @Transactional(readOnly = true)
  public List<FieldError> problems(SubmissionCommand command) {
    try {
      validator.validate(command, procedure(command));
      return List.of();
    } catch (InvalidSubmissionException e) {
      return e.errors();
    }
  }

  private Optional<SubmissionResult> replay(SubmissionCommand command, String hash) {
    if (command.nationalId() != null) {
      // the national id names the dossier: a repeat is answered with it, whatever else it carries
      return transaction.execute(
          status ->
              dossiers
                  .findByNationalId(command.nationalId())
                  .map(d -> new SubmissionResult(views.toView(d), true)));
    }
    if (command.idempotencyKey() == null) {
      return Optional.empty();
    }
    return transaction.execute(
        status ->
            requests
                .findById(
                    new SubmissionRequestEntity.Key(
                        command.applicant().account(), command.idempotencyKey()))
                .map(
                    request -> {
                      if (!request.requestHash().equals(hash)) {
                        throw new InvalidSubmissionException(
                            List.of(
                                FieldError.of(
                                    "Idempotency-Key",
                                    "Idempotency-Key",
                                    "submission.idempotencyKeyReused")),
                            422);
                      }
                      return new SubmissionResult(
                          views.toView(dossiers.findByCode(request.dossierCode()).orElseThrow()),
                          true);
                    }));
  }

  private SubmissionResult create(SubmissionCommand command, String hash) {
    LocalDate today = clock.today();
    Procedure procedure = procedure(command);
    SubmissionValidator.Places places = validator.validate(command, procedure);

    String code = codes.next(places.receivingUnit().code(), today);
    if (command.idempotencyKey() != null) {
      requests.saveAndFlush(
          new SubmissionRequestEntity(
              command.applicant().account(), command.idempotencyKey(), code, hash, clock.now()));
    }
    // online, from the portal or the national portal; the fee may depend on the channel
    Channel channel = command.channel();
    FeeSchedule.Assessment fee =
        procedure.descriptor().fee().assess(command.formData(), today, channel.feeChannel());
    var applicant = command.applicant();
    DossierEntity dossier =
        new DossierEntity(
            code,
            procedure.code(),
            procedure.versionId(),
            command.level(),
            channel,
            applicant.account(),
            applicant.fullName(),
            applicant.citizenId(),
            applicant.phone(),
            applicant.email(),
            applicant.residence(),
            places.receivingUnit().id(),
            places.resolvingAgency().id(),
            command.deliveryMethod(),
            command.deliveryAddress(),
            fee.total(),
            views.json(fee.lines()),
            views.json(command.formData()),
            clock.now());
    if (command.nationalId() != null) {
      dossier.cameFromNationalPortal(command.nationalId());
    }
    addComponents(
        dossier,
        applicant.account(),
        command.components(),
        command.uploads(),
        procedure,
        channel == Channel.COUNTER ? ComponentSource.COUNTER_SCAN : ComponentSource.UPLOAD);
    addLookups(dossier, procedure, applicant.citizenId());
    // an interlinked group: its parts, and the agency of each for the process
    Map<String, Object> partAgencies = parts.create(dossier, procedure, places.resolvingAgency());
    dossier.schedule(clock.validReception(dossier.submittedAt()), null);
    dossier.schedule(
        dossier.receivedAt(),
        clock.appointment(dossier, procedure.descriptor().timeLimit().toTimeLimit()));
    String signed = null;
    if (command.signatureId() != null) {
      signed =
          signing.spend(
              command.signatureId(),
              applicant.account(),
              procedure.code(),
              command.formData(),
              code);
      if (signed == null) {
        throw new InvalidSubmissionException(
            List.of(
                FieldError.of(
                    "signature",
                    VietnameseTexts.text("label.signature"),
                    "submission.signatureInvalid")));
      }
    }
    DossierStatusChanged submitted =
        dossier.moveTo(
            DossierStatus.SUBMITTED,
            clock.now(),
            applicant.account(),
            APPLICANT,
            VietnameseTexts.text(
                "timeline.submitted",
                String.valueOf(command.level()),
                VietnameseFormats.dateTime(dossier.appointmentAt()),
                signed == null ? "" : ". " + signed));
    dossiers.saveAndFlush(dossier);

    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(ProcedureEngine.PROCEDURE_CODE, procedure.code());
    variables.put(ProcedureEngine.LEVEL, command.level());
    variables.put(ProcedureEngine.RECEIVING_UNIT, dossier.receivingUnit());
    variables.put(ProcedureEngine.RESOLVING_AGENCY, dossier.resolvingAgency());
    variables.put(ProcedureEngine.FEE_AMOUNT, dossier.feeAmount());
    variables.put(ProcedureEngine.DELIVERY_METHOD, dossier.deliveryMethod().name());
    variables.putAll(partAgencies);
    dossier.attachProcess(engine.start(procedure.processDefinitionId(), code, variables));
    events.publishEvent(submitted);
    return new SubmissionResult(views.toView(dossier), false);
  }

  private Procedure procedure(SubmissionCommand command) {
    return catalog
        .current(command.procedureCode(), clock.today())
        .orElseThrow(
            () ->
                new InvalidSubmissionException(
                    List.of(
                        FieldError.of(
                            "procedureCode",
                            VietnameseTexts.text("label.procedureCode"),
                            "submission.procedureUnknown"))));
  }

  private void addComponents(
      DossierEntity dossier,
      String owner,
      List<ComponentRequest> components,
      List<Upload> uploads,
      Procedure procedure,
      ComponentSource uploaded) {
    for (ComponentRequest request : components) {
      RequiredDocument requirement =
          procedure.descriptor().documents().stream()
              .filter(d -> d.code().equals(request.requirementCode()))
              .findFirst()
              .orElseThrow();
      StoredDocument stored;
      ComponentSource source;
      if (request.uploadPart() != null) {
        Upload upload =
            uploads.stream()
                .filter(u -> u.part().equals(request.uploadPart()))
                .findFirst()
                .orElseThrow();
        stored = documents.store(owner, requirement.code(), upload, request.validUntil());
        source = uploaded;
      } else {
        stored = documents.findOwned(owner, request.repositoryDocumentId()).orElseThrow();
        source = ComponentSource.REPOSITORY;
      }
      LocalDate validUntil =
          request.validUntil() != null ? request.validUntil() : stored.validUntil();
      dossier.addComponent(
          new DossierComponentEntity(
              requirement.code(),
              requirement.name(),
              source,
              stored.id(),
              stored.fileName(),
              stored.mediaType(),
              stored.size(),
              stored.sha256(),
              null,
              validUntil,
              clock.now()));
    }
  }

  /**
   * Once-only: what the procedure says is looked up in a national database (the applicant's
   * identity, the parents' marriage) is recorded as a component of the dossier without being asked
   * for, with the key it is looked up by.
   */
  private void addLookups(DossierEntity dossier, Procedure procedure, String citizenId) {
    for (RequiredDocument requirement : procedure.descriptor().documents()) {
      if (requirement.required() && requirement.lookupInsteadOfUpload()) {
        String key =
            citizenId == null
                ? null
                : VietnameseTexts.text("dossier.component.lookupByCitizenId", citizenId);
        dossier.addComponent(
            new DossierComponentEntity(
                requirement.code(),
                requirement.name(),
                ComponentSource.DATABASE_LOOKUP,
                null,
                null,
                null,
                0,
                null,
                key,
                null,
                clock.now()));
      }
    }
  }

  @Override
  public List<DossierView> listOwned(String account) {
    return dossiers.findByApplicantAccountOrderBySubmittedAtDesc(account).stream()
        .map(views::toView)
        .toList();
  }

  @Override
  public DossierView getOwned(String account, String code) {
    return views.toView(owned(account, code));
  }

  @Override
  public Map<UUID, List<String>> documentUsage(String account) {
    Map<UUID, List<String>> usage = new LinkedHashMap<>();
    for (Object[] row : dossiers.documentUsage(account)) {
      List<String> codes = usage.computeIfAbsent((UUID) row[0], id -> new ArrayList<>());
      if (!codes.contains((String) row[1])) {
        codes.add((String) row[1]);
      }
    }
    return usage;
  }

  @Override
  public DossierView get(String code) {
    return views.toView(
        dossiers.findByCode(code).orElseThrow(() -> new DossierNotFoundException(code)));
  }

  @Override
  public List<DossierView> receivedFor(String agencyId, Instant from, Instant until) {
    return dossiers.findReceivedFor(agencyId, from, until).stream().map(views::toView).toList();
  }

  @Override
  public String summary(String code) {
    DossierView dossier = get(code);
    return DossierSummary.render(
        dossier,
        catalog.version(dossier.procedureVersionId()).orElseThrow().startForm(),
        id -> agencies.find(id).map(Agency::name).orElse(id),
        officerLinks(dossier));
  }

  @Override
  public List<OfficerLinks.Link> officerLinks(DossierView dossier) {
    return links.orderedStream().flatMap(l -> l.of(dossier).stream()).toList();
  }

  @Override
  public List<DeclarationRow> declaration(String code) {
    DossierView dossier = get(code);
    return DossierSummary.declaration(
        dossier, catalog.version(dossier.procedureVersionId()).orElseThrow().startForm());
  }

  @Override
  @Transactional
  public void recordOfficerAccess(String code, String officer, UUID documentId) {
    accesses.save(
        new OfficerAccessEntity(
            clock.now(), officer, code, documentId == null ? "DOSSIER" : "DOCUMENT", documentId));
  }

  @Override
  @Transactional
  public DossierView supplement(
      String account,
      String code,
      Map<String, Object> formChanges,
      List<ComponentRequest> components,
      List<Upload> uploads,
      String note) {
    DossierEntity dossier = owned(account, code);
    if (dossier.status() != DossierStatus.SUPPLEMENT_REQUESTED) {
      throw new DossierStateException(code, dossier.status(), "dossier.supplementNotRequested");
    }
    Procedure procedure = catalog.version(dossier.procedureVersionId()).orElseThrow();
    Map<String, Object> changes = formChanges == null ? Map.of() : formChanges;
    Map<String, Object> declaration =
        SubmissionValidator.merged(views.readMap(dossier.formData()), changes);
    List<FieldError> errors =
        new ArrayList<>(procedure.startForm().validate(declaration, true, clock.today()));
    int status =
        validator.checkComponents(account, components, uploads, procedure.descriptor(), errors);
    if (!errors.isEmpty()) {
      throw new InvalidSubmissionException(errors, status);
    }
    dossier.replaceFormData(views.json(declaration));
    addComponents(dossier, account, components, uploads, procedure, ComponentSource.UPLOAD);
    dossier.resumeClock(clock.now());
    dossier.schedule(
        dossier.receivedAt(),
        clock.appointment(
            dossier, procedure.descriptor().timeLimit().toTimeLimit(dossier.verifying())));
    changeStatus(
        dossier,
        DossierStatus.SUPPLEMENTED,
        account,
        APPLICANT,
        VietnameseTexts.text(
            "timeline.supplemented",
            note == null || note.isBlank() ? "" : ": " + note,
            VietnameseFormats.dateTime(dossier.appointmentAt())));
    engine.supplementSubmitted(code);
    return views.toView(dossier);
  }

  @Override
  @Transactional
  public DossierView withdraw(String account, String code, String reason) {
    DossierEntity dossier = owned(account, code);
    if (!dossier.status().allowsWithdrawal()) {
      throw new DossierStateException(code, dossier.status(), "dossier.withdrawalNotAllowed");
    }
    dossier.resumeClock(clock.now());
    parts.cancelOpen(dossier, VietnameseTexts.text("dossier.part.cancelledWithdrawn"));
    changeStatus(
        dossier,
        DossierStatus.WITHDRAWN,
        account,
        APPLICANT,
        VietnameseTexts.text(
            "timeline.withdrawn", reason == null || reason.isBlank() ? "" : ": " + reason));
    engine.withdrawalRequested(code);
    return views.toView(dossier);
  }

  @Override
  @Transactional
  public ServiceRating rate(
      String account,
      String code,
      Map<ServiceRating.Criterion, ServiceRating.Level> answers,
      String comment) {
    DossierEntity dossier = owned(account, code);
    if (!dossier.status().isFinal()
        || dossier.status() == DossierStatus.WITHDRAWN
        || ratings.existsById(code)) {
      throw new DossierStateException(code, dossier.status(), "dossier.ratingNotAllowed");
    }
    List<FieldError> errors = new ArrayList<>();
    for (ServiceRating.Criterion criterion : ServiceRating.Criterion.values()) {
      if (answers == null || answers.get(criterion) == null) {
        errors.add(FieldError.of("rating-" + criterion.name(), criterion.label(), "form.required"));
      }
    }
    String text = comment == null || comment.isBlank() ? null : comment.strip();
    if (text != null && text.length() > 2000) {
      errors.add(
          FieldError.of("comment", VietnameseTexts.text("label.comment"), "form.maxLength", 2000));
    }
    if (!errors.isEmpty()) {
      throw new InvalidSubmissionException(errors);
    }
    Map<String, String> stored = new TreeMap<>();
    answers.forEach((criterion, level) -> stored.put(criterion.name(), level.name()));
    try {
      ratings.saveAndFlush(
          new DossierRatingEntity(code, account, clock.now(), views.json(stored), text));
    } catch (DataIntegrityViolationException concurrentRating) {
      throw new DossierStateException(
          code, dossier.status(), "dossier.ratingNotAllowed"); // the other click won
    }
    return new ServiceRating(Map.copyOf(answers), text, clock.now());
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<ServiceRating> rating(String account, String code) {
    owned(account, code);
    return ratings
        .findById(code)
        .map(
            r -> {
              Map<ServiceRating.Criterion, ServiceRating.Level> answers =
                  new EnumMap<>(ServiceRating.Criterion.class);
              views
                  .readMap(r.answers())
                  .forEach(
                      (k, v) ->
                          answers.put(
                              ServiceRating.Criterion.valueOf(k),
                              ServiceRating.Level.valueOf(v.toString())));
              return new ServiceRating(answers, r.comment(), r.ratedAt());
            });
  }

  private void changeStatus(
      DossierEntity dossier, DossierStatus to, String actor, String actorKind, String note) {
    events.publishEvent(dossier.moveTo(to, clock.now(), actor, actorKind, note));
  }

  private DossierEntity owned(String account, String code) {
    return dossiers
        .findByCode(code)
        .filter(d -> d.applicantAccount().equals(account))
        .orElseThrow(() -> new DossierNotFoundException(code));
  }

  private String requestHash(SubmissionCommand command) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      Map<String, Object> essentials = new LinkedHashMap<>();
      essentials.put("procedure", command.procedureCode());
      essentials.put("level", command.level());
      essentials.put("resolving", command.resolvingAgency());
      essentials.put("receiving", command.receivingUnit());
      essentials.put("delivery", command.deliveryMethod());
      essentials.put("address", command.deliveryAddress());
      essentials.put("form", new TreeMap<>(command.formData()));
      essentials.put("components", command.components());
      digest.update(views.json(essentials).getBytes(StandardCharsets.UTF_8));
      for (Upload upload : command.uploads()) {
        digest.update(upload.part().getBytes(StandardCharsets.UTF_8));
        digest.update(MessageDigest.getInstance("SHA-256").digest(upload.bytes()));
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
