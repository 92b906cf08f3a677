package vn.motcua.catalog.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.catalog.Agencies;
import vn.motcua.catalog.Agency;
import vn.motcua.catalog.FormDefinition;
import vn.motcua.catalog.InvalidProcedureException;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.catalog.ProcedureDescriptor;
import vn.motcua.catalog.ProcedureQuery;

@Service
@Transactional(readOnly = true)
class ProcedureCatalogService implements ProcedureCatalog {

  private final ProcedureVersionRepository versions;
  private final ProcedureFieldRepository fields;
  private final Agencies agencies;
  private final ObjectMapper objectMapper;
  private final Clock clock;

  /** Versions never change once deployed, so their parsed form is kept. */
  private final Map<Long, Procedure> parsed = new ConcurrentHashMap<>();

  ProcedureCatalogService(
      ProcedureVersionRepository versions,
      ProcedureFieldRepository fields,
      Agencies agencies,
      ObjectMapper objectMapper,
      Clock clock) {
    this.versions = versions;
    this.fields = fields;
    this.agencies = agencies;
    this.objectMapper = objectMapper;
    this.clock = clock;
  }

  @Override
  public List<Procedure> search(ProcedureQuery query) {
    LocalDate today = LocalDate.now(clock);
    List<Procedure> current = new ArrayList<>();
    for (List<ProcedureVersionEntity> versionsOfOne : versionsByCode().values()) {
      VersionInForce.on(versionsOfOne, today).map(this::toProcedure).ifPresent(current::add);
    }
    Optional<Agency> agency = Optional.ofNullable(query.agency()).flatMap(agencies::find);
    if (query.agency() != null && agency.isEmpty()) {
      return List.of();
    }
    String words = query.text() == null ? null : fold(query.text());
    return current.stream()
        .filter(
            p -> query.agencyLevel() == null || query.agencyLevel().equals(levelOf(p.descriptor())))
        .filter(p -> agency.isEmpty() || offeredBy(p.descriptor(), agency.get()))
        .filter(p -> query.field() == null || query.field().equals(p.descriptor().field().code()))
        .filter(p -> words == null || fold(p.name() + " " + p.code()).contains(words))
        .toList();
  }

  @Override
  public Optional<Procedure> current(String code, LocalDate date) {
    return VersionInForce.on(versions.findByProcedureCodeOrderByVersionDesc(code), date)
        .map(this::toProcedure);
  }

  @Override
  public Optional<Procedure> upcoming(String code, LocalDate date) {
    return VersionInForce.upcomingAfter(versions.findByProcedureCodeOrderByVersionDesc(code), date)
        .map(this::toProcedure);
  }

  @Override
  public Map<String, Procedure> upcoming(LocalDate date) {
    Map<String, Procedure> upcoming = new LinkedHashMap<>();
    versionsByCode()
        .forEach(
            (code, versionsOfOne) ->
                VersionInForce.upcomingAfter(versionsOfOne, date)
                    .ifPresent(next -> upcoming.put(code, toProcedure(next))));
    return upcoming;
  }

  /** Every deployed version, by procedure code in code order. */
  private Map<String, List<ProcedureVersionEntity>> versionsByCode() {
    Map<String, List<ProcedureVersionEntity>> byCode = new LinkedHashMap<>();
    for (ProcedureVersionEntity entity : versions.findAllByOrderByProcedureCodeAscVersionDesc()) {
      byCode.computeIfAbsent(entity.procedureCode(), c -> new ArrayList<>()).add(entity);
    }
    return byCode;
  }

  @Override
  public Optional<Procedure> version(long versionId) {
    Procedure cached = parsed.get(versionId);
    return cached != null
        ? Optional.of(cached)
        : versions.findById(versionId).map(this::toProcedure);
  }

  @Override
  public List<Agency> resolvingAgencies(ProcedureDescriptor descriptor) {
    return agencies.all().stream().filter(a -> resolves(descriptor, a)).toList();
  }

  @Override
  @Transactional
  public Procedure register(
      ProcedureDescriptor descriptor,
      String startFormJson,
      String processDefinitionId,
      String deploymentId) {
    List<String> problems = new ArrayList<>(descriptor.problems());
    FormDefinition form = null;
    if (startFormJson == null) {
      problems.add("the start form " + descriptor.startForm() + ".form is not in the deployment");
    } else {
      try {
        form = FormDefinition.parse(startFormJson, objectMapper);
        problems.addAll(descriptor.problemsWith(form));
      } catch (IllegalArgumentException e) {
        problems.add("the start form cannot be read: " + e.getMessage());
      }
    }
    if (processDefinitionId == null) {
      problems.add("the process " + descriptor.process() + " is not in the deployment");
    }
    for (ProcedureDescriptor.Part part : descriptor.parts()) {
      if (part.procedure() != null && versions.latestVersion(part.procedure()).isEmpty()) {
        problems.add(
            "the part "
                + part.key()
                + " names the procedure "
                + part.procedure()
                + ", which is not deployed (deploy it first, or in the same deployment)");
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidProcedureException(descriptor.code(), problems);
    }
    fields
        .findById(descriptor.field().code())
        .ifPresentOrElse(
            f -> f.rename(descriptor.field().name()),
            () ->
                fields.save(
                    new ProcedureFieldEntity(
                        descriptor.field().code(), descriptor.field().name())));
    int next = versions.latestVersion(descriptor.code()).orElse(0) + 1;
    ProcedureVersionEntity saved =
        versions.save(
            new ProcedureVersionEntity(
                descriptor.code(),
                next,
                descriptor.validFrom(),
                processDefinitionId,
                deploymentId,
                write(descriptor),
                form.json(),
                Instant.now(clock)));
    return toProcedure(saved);
  }

  private boolean offeredBy(ProcedureDescriptor descriptor, Agency agency) {
    return resolves(descriptor, agency) || (agency.id().equals(descriptor.defaultReceivingUnit()));
  }

  /**
   * Its fixed agency, or every agency of its level and kind (a commune's procedure is not the
   * commune police's).
   */
  private static boolean resolves(ProcedureDescriptor descriptor, Agency agency) {
    return descriptor.resolvingAgency() != null
        ? descriptor.resolvingAgency().equals(agency.id())
        : descriptor.agencyLevel().equals(agency.levelCode())
            && descriptor.resolvingKind().equals(agency.kind());
  }

  private String levelOf(ProcedureDescriptor descriptor) {
    if (descriptor.agencyLevel() != null) {
      return descriptor.agencyLevel();
    }
    return agencies.find(descriptor.resolvingAgency()).map(Agency::levelCode).orElse(null);
  }

  private Procedure toProcedure(ProcedureVersionEntity entity) {
    return parsed.computeIfAbsent(
        entity.id(),
        id ->
            new Procedure(
                id,
                entity.version(),
                read(entity.descriptor()),
                FormDefinition.parse(entity.startForm(), objectMapper),
                entity.processDefinitionId(),
                entity.deploymentId(),
                entity.deployedAt()));
  }

  private ProcedureDescriptor read(String json) {
    try {
      return objectMapper.readValue(json, ProcedureDescriptor.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored procedure descriptor unreadable", e);
    }
  }

  private String write(ProcedureDescriptor descriptor) {
    try {
      return objectMapper.writeValueAsString(descriptor);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Lower case without diacritics, so "dang ky khai sinh" finds "Đăng ký khai sinh". */
  static String fold(String text) {
    String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}", "").replace('đ', 'd').replaceAll("\\s+", " ").trim();
  }
}
