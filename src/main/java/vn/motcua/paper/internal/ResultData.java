package vn.motcua.paper.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.motcua.catalog.FormDefinition;
import vn.motcua.catalog.ProcedureDescriptor;
import vn.motcua.dossier.DossierView;
import vn.motcua.shared.VietnameseFormats;
import vn.motcua.shared.VietnameseTexts;

/**
 * The flat map of texts a result template's placeholders name (docs/procedures.md, "Result
 * templates"): the dossier, the procedure, the agencies, the applicant, the declaration's fields
 * ({@code form.*}), the assessment's values ({@code assessment.*}), the approving leader and the
 * day of issue. Each value is already what the paper prints: a choice's label, a date as
 * dd/MM/yyyy.
 */
final class ResultData {

  private ResultData() {}

  record Facts(
      DossierView dossier,
      ProcedureDescriptor descriptor,
      FormDefinition declaration,
      String agencyName,
      String receivingUnitName,
      Map<String, Object> assessment,
      String leaderName,
      Instant issuedAt,
      String lookupUrl) {}

  static Map<String, String> of(Facts f) {
    Map<String, String> data = new LinkedHashMap<>();
    DossierView d = f.dossier();
    ProcedureDescriptor.ResultSpec spec = f.descriptor().result();
    data.put("result.title", spec.title());
    data.put("dossier.code", d.code());
    data.put("dossier.receivedAt", text(VietnameseFormats.date(d.receivedAt())));
    data.put("dossier.appointmentAt", text(VietnameseFormats.date(d.appointmentAt())));
    data.put("procedure.code", f.descriptor().code());
    data.put("procedure.name", f.descriptor().name());
    data.put("agency.name", text(f.agencyName()));
    data.put("receivingUnit.name", text(f.receivingUnitName()));
    data.put("applicant.name", text(d.applicantName()));
    data.put("applicant.residence", text(d.applicantResidence()));
    data.put("leader.name", text(f.leaderName()));
    data.put("lookup.url", text(f.lookupUrl()));
    ZonedDateTime issued = f.issuedAt().atZone(VietnameseFormats.VIETNAM);
    data.put("issued.date", VietnameseFormats.date(f.issuedAt()));
    data.put("issued.day", String.format("%02d", issued.getDayOfMonth()));
    data.put("issued.month", String.format("%02d", issued.getMonthValue()));
    data.put("issued.year", String.valueOf(issued.getYear()));
    d.formData()
        .forEach(
            (key, value) -> {
              Optional<FormDefinition.Field> field =
                  f.declaration() == null ? Optional.empty() : f.declaration().field(key);
              data.put("form." + key + ".value", raw(value));
              data.put(
                  "form." + key,
                  display(value, field.map(FormDefinition.Field::options).orElse(List.of())));
            });
    f.assessment()
        .forEach(
            (key, value) -> {
              Map<String, String> labels = spec.labels().getOrDefault(key, Map.of());
              data.put("assessment." + key + ".value", raw(value));
              data.put(
                  "assessment." + key, labels.getOrDefault(raw(value), display(value, List.of())));
            });
    return data;
  }

  private static String text(String s) {
    return s == null ? "" : s;
  }

  private static String raw(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Number n) {
      return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
    }
    if (value instanceof Collection<?> c) {
      return String.join(", ", c.stream().map(ResultData::raw).toList());
    }
    return value.toString();
  }

  /** A choice's label, a date as dd/MM/yyyy, a number without ".0", else the text. */
  private static String display(Object value, List<FormDefinition.Option> options) {
    if (value instanceof Collection<?> c) {
      return String.join(", ", c.stream().map(v -> display(v, options)).toList());
    }
    String raw = raw(value);
    for (FormDefinition.Option option : options) {
      if (option.value().equals(raw)) {
        return option.label();
      }
    }
    if (raw.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return VietnameseFormats.day(LocalDate.parse(raw));
    }
    if (value instanceof Boolean b) {
      return VietnameseTexts.text(b ? "paper.result.yes" : "paper.result.no");
    }
    return raw;
  }
}
