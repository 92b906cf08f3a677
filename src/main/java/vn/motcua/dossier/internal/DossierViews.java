package vn.motcua.dossier.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.dossier.DossierView;

/** Turns dossier rows into views, and declarations into JSON and back. */
@Component
class DossierViews {

  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private final ProcedureCatalog catalog;
  private final ObjectMapper objectMapper;

  DossierViews(ProcedureCatalog catalog, ObjectMapper objectMapper) {
    this.catalog = catalog;
    this.objectMapper = objectMapper;
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
        d.nationalId());
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
