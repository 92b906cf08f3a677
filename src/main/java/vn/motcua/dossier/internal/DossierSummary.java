package vn.motcua.dossier.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import vn.motcua.catalog.FormDefinition;
import vn.motcua.dossier.DeclarationRow;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.OfficerLinks;
import vn.motcua.shared.VietnameseFormats;
import vn.motcua.shared.VietnameseTexts;

/**
 * The dossier as markdown for the officer's task forms ({@link
 * vn.motcua.dossier.Dossiers#summary}): the procedure, the applicant, the places, the dates, the
 * declaration with the labels of its form, the documents (each a link to open it), the last steps
 * of its timeline (the assessment's opinion for the leader), and a link to the whole dossier. Its
 * words come from the message bundle ({@code summary.*}), in Vietnamese; every value is escaped for
 * one markdown cell or line.
 */
final class DossierSummary {

  /** The officers' page of a dossier ({@code dossier.web.OfficerDossierPages}). */
  static final String OFFICER_PAGE = "/can-bo/ho-so/";

  private DossierSummary() {}

  /**
   * {@code form} is the dossier's start form, for its labels and sections; {@code agencyName} names
   * the receiving unit and the resolving agency; {@code papers} are the slips and results other
   * modules offer ({@link OfficerLinks}).
   */
  static String render(
      DossierView d,
      FormDefinition form,
      UnaryOperator<String> agencyName,
      List<OfficerLinks.Link> papers) {
    StringBuilder md = new StringBuilder();
    md.append(text("summary.open", OFFICER_PAGE + d.code())).append("\n\n");
    if (!papers.isEmpty()) {
      md.append(text("summary.papers"))
          .append(' ')
          .append(
              String.join(
                  " · ",
                  papers.stream().map(l -> "[" + cell(l.label()) + "](" + l.href() + ")").toList()))
          .append("\n\n");
    }
    md.append(
            text(
                "summary.procedure",
                cell(d.procedureName()),
                d.procedureCode(),
                String.valueOf(d.level()),
                d.status().label()))
        .append("\n\n");
    md.append(
            text(
                "summary.applicant",
                cell(d.applicantName()),
                d.applicantCitizenId() == null
                    ? ""
                    : text("summary.applicant.citizenId", d.applicantCitizenId()),
                cell(d.applicantResidence())))
        .append("\n\n");
    md.append(
            text(
                "summary.places",
                agencyName.apply(d.receivingUnit()),
                agencyName.apply(d.resolvingAgency())))
        .append("\n\n");
    md.append(
            text(
                "summary.dates",
                time(d.submittedAt()),
                time(d.appointmentAt()),
                VietnameseFormats.vnd(d.feeAmount()),
                d.deliveryMethod().label()))
        .append(d.deliveryAddress() == null ? "" : " (" + cell(d.deliveryAddress()) + ")")
        .append("\n\n");
    md.append(text("summary.form.header")).append("\n|---|---|\n");
    String section = null;
    for (DeclarationRow row : declaration(d, form)) {
      if (row.section() != null && !row.section().equals(section)) {
        section = row.section();
        md.append("| **").append(cell(section)).append("** | |\n");
      }
      md.append("| ")
          .append(cell(row.label()))
          .append(" | ")
          .append(cell(row.value()))
          .append(" |\n");
    }
    if (d.isGroup()) {
      md.append("\n").append(text("summary.parts")).append("\n\n");
      md.append(text("summary.parts.header")).append("\n|---|---|---|---|---|\n");
      for (DossierView.Part p : d.parts()) {
        md.append("| ")
            .append(p.position() + 1)
            .append(". ")
            .append(cell(p.name()))
            .append(" | ")
            .append(cell(p.agencyName()))
            .append(" | ")
            .append(p.status().label())
            .append(" | ")
            .append(p.dueAt() == null ? "—" : VietnameseFormats.dateTime(p.dueAt()))
            .append(" | ")
            .append(cell(partOutcome(p)))
            .append(" |\n");
      }
    }
    md.append("\n").append(text("summary.components")).append("\n\n");
    if (d.components().isEmpty()) {
      md.append("- ").append(text("summary.components.none")).append("\n");
    }
    for (DossierView.Component c : d.components()) {
      md.append("- ");
      if (c.documentId() != null && c.sha256() != null) {
        md.append("[")
            .append(cell(c.name()))
            .append("](")
            .append(OFFICER_PAGE)
            .append(d.code())
            .append("/giay-to/")
            .append(c.documentId())
            .append(")");
      } else {
        md.append(cell(c.name()));
      }
      md.append(" — ").append(sourceLabel(c)).append("\n");
    }
    List<DossierView.TimelineEntry> steps = d.timeline();
    if (!steps.isEmpty()) {
      md.append("\n").append(text("summary.timeline")).append("\n\n");
      for (DossierView.TimelineEntry t :
          steps.subList(Math.max(0, steps.size() - 10), steps.size())) {
        md.append("- ")
            .append(time(t.at()))
            .append(" — ")
            .append(cell(t.actor()))
            .append(": ")
            .append(cell(t.note()))
            .append("\n");
      }
    }
    return md.toString();
  }

  /** The declaration's answered fields, in the form's order, with its labels and sections. */
  static List<DeclarationRow> declaration(DossierView d, FormDefinition form) {
    List<DeclarationRow> rows = new ArrayList<>();
    for (FormDefinition.Field field : form.fields()) {
      Object value = d.formData().get(field.key());
      if (value != null && !value.toString().isBlank()) {
        rows.add(
            new DeclarationRow(
                field.section(),
                field.label() == null ? field.key() : field.label(),
                display(field, value)));
      }
    }
    return rows;
  }

  /** What a part produced (its named values) or why it did not. */
  private static String partOutcome(DossierView.Part p) {
    if (!p.result().isEmpty()) {
      return String.join("; ", p.result().stream().map(r -> r.label() + ": " + r.value()).toList());
    }
    return p.reason() == null ? "" : p.reason();
  }

  private static String display(FormDefinition.Field field, Object value) {
    if (value instanceof List<?> list) {
      return String.join(", ", list.stream().map(v -> optionLabel(field, v)).toList());
    }
    if (value instanceof Boolean b) {
      return text(b ? "common.yes" : "common.no");
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
      case UPLOAD -> text("summary.source.UPLOAD", cell(c.fileName()));
      case REPOSITORY -> text("summary.source.REPOSITORY", cell(c.fileName()));
      case DATABASE_LOOKUP -> text("summary.source.DATABASE_LOOKUP");
      case COUNTER_SCAN -> text("summary.source.COUNTER_SCAN");
    };
  }

  /** The summary's words ({@code summary.*}), in Vietnamese as the officers read it. */
  private static String text(String key, Object... args) {
    return VietnameseTexts.text(key, args);
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
