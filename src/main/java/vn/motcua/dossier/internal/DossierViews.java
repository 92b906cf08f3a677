package vn.motcua.dossier.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.motcua.catalog.Agencies;
import vn.motcua.catalog.Agency;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.catalog.ProcedureDescriptor;
import vn.motcua.dossier.DossierView;

/** Turns dossier rows into views, and declarations into JSON and back. */
@Component
class DossierViews {

  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private final ProcedureCatalog catalog;
  private final ObjectMapper objectMapper;
  private final Agencies agencies;

  DossierViews(ProcedureCatalog catalog, ObjectMapper objectMapper, Agencies agencies) {
    this.catalog = catalog;
    this.objectMapper = objectMapper;
    this.agencies = agencies;
  }

  DossierView toView(DossierEntity d) {
    Procedure procedure = catalog.version(d.procedureVersionId()).orElseThrow();
    return new DossierView(
        d.code(),
        d.procedureCode(),
        procedure.name(),
        procedure.versionId(),
        procedure.version(),
        d.level(),
        d.channel(),
        d.status(),
        d.applicantName(),
        d.applicantAccount(),
        d.applicantCitizenId(),
        d.applicantPhone(),
        d.applicantEmail(),
        d.applicantResidence(),
        d.receivingUnit(),
        d.resolvingAgency(),
        d.deliveryMethod(),
        d.deliveryAddress(),
        d.feeAmount(),
        readMap(d.formData()),
        d.submittedAt(),
        d.receivedAt(),
        d.appointmentAt(),
        d.completedAt(),
        d.components().stream().map(DossierComponentEntity::toView).toList(),
        d.timeline().stream().map(TimelineEventEntity::toView).toList(),
        d.nationalId(),
        parts(d, procedure));
  }

  /** The parts of a group's dossier, each result labelled as the group's descriptor says. */
  private List<DossierView.Part> parts(DossierEntity dossier, Procedure procedure) {
    if (dossier.parts().isEmpty()) {
      return List.of();
    }
    Map<String, ProcedureDescriptor.Part> declared = new LinkedHashMap<>();
    procedure.descriptor().parts().forEach(p -> declared.put(p.key(), p));
    return dossier.parts().stream()
        .map(
            p -> {
              List<DossierView.ResultValue> result = new ArrayList<>();
              if (p.result() != null) {
                ProcedureDescriptor.Part spec = declared.get(p.key());
                readMap(p.result())
                    .forEach(
                        (field, value) ->
                            result.add(
                                new DossierView.ResultValue(
                                    field,
                                    spec == null ? field : spec.resultLabel(field),
                                    value == null ? "" : value.toString())));
              }
              return new DossierView.Part(
                  p.position(),
                  p.key(),
                  p.procedureCode(),
                  p.name(),
                  p.agencyId(),
                  agencyName(p.agencyId()),
                  p.status(),
                  p.dueAt(),
                  result,
                  p.reason(),
                  p.updatedAt());
            })
        .toList();
  }

  String agencyName(String id) {
    return agencies.find(id).map(Agency::name).orElse(id);
  }

  Map<String, Object> readMap(String json) {
    try {
      return objectMapper.readValue(json, MAP);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored declaration unreadable", e);
    }
  }

  String json(Object value) {
    try {
      return objectMapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
