package vn.motcua.workflow.engine;

import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import vn.motcua.catalog.Agencies;
import vn.motcua.catalog.Agency;
import vn.motcua.catalog.FormDefinition;
import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.Dossiers;
import vn.motcua.shared.VietnameseFormats;
import vn.motcua.workflow.ProcessVariables;

/**
 * Puts the dossier on each new task as markdown ({@code dossierSummary}), which the task forms show
 * read-only: the officer reads the dossier in Tasklist without the process carrying personal data
 * in its variables. The variable is task-local and kept out of history.
 */
class DossierSummaryWriter implements TaskListener {

  private final Dossiers dossiers;
  private final ProcedureCatalog catalog;
  private final Agencies agencies;

  DossierSummaryWriter(Dossiers dossiers, ProcedureCatalog catalog, Agencies agencies) {
    this.dossiers = dossiers;
    this.catalog = catalog;
    this.agencies = agencies;
  }

  @Override
  public void notify(DelegateTask task) {
    Object code = task.getVariable(ProcessVariables.DOSSIER_CODE);
    if (code != null) {
      task.setVariableLocal(
          ProcessVariables.DOSSIER_SUMMARY, summarize(dossiers.get(code.toString())));
    }
  }

  String summarize(DossierView d) {
    StringBuilder md = new StringBuilder();
    md.append("**Thủ tục:** ")
        .append(cell(d.procedureName()))
        .append(" (")
        .append(d.procedureCode())
        .append("), mức độ ")
        .append(d.level())
        .append(" — **Trạng thái:** ")
        .append(d.status().label())
        .append("\n\n");
    md.append("**Người nộp:** ")
        .append(cell(d.applicantName()))
        .append(d.applicantCitizenId() == null ? "" : " — số định danh " + d.applicantCitizenId())
        .append(" — nơi cư trú: ")
        .append(cell(d.applicantResidence()))
        .append("\n\n");
    md.append("**Nơi tiếp nhận:** ")
        .append(agencyName(d.receivingUnit()))
        .append(" — **Cơ quan giải quyết:** ")
        .append(agencyName(d.resolvingAgency()))
        .append("\n\n");
    md.append("**Nộp lúc:** ")
        .append(time(d.submittedAt()))
        .append(" — **Hẹn trả:** ")
        .append(time(d.appointmentAt()))
        .append(" — **Phí, lệ phí:** ")
        .append(VietnameseFormats.vnd(d.feeAmount()))
        .append(" — **Nhận kết quả:** ")
        .append(d.deliveryMethod().label())
        .append(d.deliveryAddress() == null ? "" : " (" + cell(d.deliveryAddress()) + ")")
        .append("\n\n");
    md.append("| Thông tin trong tờ khai | Nội dung |\n|---|---|\n");
    FormDefinition form = catalog.version(d.procedureVersionId()).orElseThrow().startForm();
    String section = null;
    for (FormDefinition.Field field : form.fields()) {
      Object value = d.formData().get(field.key());
      if (value != null && !value.toString().isBlank()) {
        if (field.section() != null && !field.section().equals(section)) {
          section = field.section();
          md.append("| **").append(cell(section)).append("** | |\n");
        }
        md.append("| ")
            .append(cell(field.label() == null ? field.key() : field.label()))
            .append(" | ")
            .append(cell(display(field, value)))
            .append(" |\n");
      }
    }
    md.append("\n**Thành phần hồ sơ:**\n\n");
    if (d.components().isEmpty()) {
      md.append("- (không có giấy tờ đính kèm)\n");
    }
    for (DossierView.Component c : d.components()) {
      md.append("- ").append(cell(c.name())).append(" — ").append(sourceLabel(c)).append("\n");
    }
    return md.toString();
  }

  private static String display(FormDefinition.Field field, Object value) {
    if (value instanceof List<?> list) {
      return String.join(", ", list.stream().map(v -> optionLabel(field, v)).toList());
    }
    if (value instanceof Boolean b) {
      return b ? "Có" : "Không";
    }
    if ("datetime".equals(field.type()) && value.toString().matches("\\d{4}-\\d{2}-\\d{2}")) {
      String[] parts = value.toString().split("-");
      return parts[2] + "/" + parts[1] + "/" + parts[0];
    }
    return optionLabel(field, value);
  }

  private static String optionLabel(FormDefinition.Field field, Object value) {
    return field.options().stream()
        .filter(o -> o.value().equals(String.valueOf(value)))
        .map(FormDefinition.Option::label)
        .findFirst()
        .orElse(String.valueOf(value));
  }

  private static String sourceLabel(DossierView.Component c) {
    return switch (c.source()) {
      case UPLOAD -> "tải lên: " + cell(c.fileName());
      case REPOSITORY -> "từ kho dữ liệu điện tử: " + cell(c.fileName());
      case DATABASE_LOOKUP -> "tra cứu từ cơ sở dữ liệu";
      case COUNTER_SCAN -> "số hóa tại quầy";
    };
  }

  private String agencyName(String id) {
    return agencies.find(id).map(Agency::name).orElse(id);
  }

  private static String time(Instant instant) {
    return instant == null ? "—" : VietnameseFormats.dateTime(instant);
  }

  /** Markdown-safe in one table cell or line: no pipes, no line breaks, no markup characters. */
  private static String cell(String text) {
    if (text == null) {
      return "";
    }
    return text.replaceAll("[\\r\\n]+", " ")
        .replace("|", "/")
        .replaceAll("([\\\\`*_\\[\\]<>#])", "\\\\$1");
  }
}
