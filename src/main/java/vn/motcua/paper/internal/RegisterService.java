package vn.motcua.paper.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import vn.motcua.catalog.Agencies;
import vn.motcua.catalog.Agency;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.Dossiers;
import vn.motcua.paper.DossierRegister;
import vn.motcua.shared.VietnameseFormats;
import vn.motcua.shared.VietnameseTexts;

/**
 * The register (template 07) from the dossiers an agency received or resolves: the columns of the
 * 2018 register (docs/slips.md), the days in dd/MM/yyyy, the status as its label. Reception sends a
 * dossier on to its resolving agency electronically at once, so the day it was received is also the
 * day it went on.
 */
@Component
class RegisterService implements DossierRegister {

  static final List<String> COLUMNS =
      List.of(
          "number",
          "code",
          "procedure",
          "count",
          "applicant",
          "contact",
          "resolvingAgency",
          "received",
          "appointment",
          "transferred",
          "resultReady",
          "returned",
          "status",
          "note");

  private final Dossiers dossiers;
  private final Agencies agencies;

  RegisterService(Dossiers dossiers, Agencies agencies) {
    this.dossiers = dossiers;
    this.agencies = agencies;
  }

  @Override
  public byte[] csv(String agencyId, LocalDate from, LocalDate to) {
    StringBuilder csv = new StringBuilder("\uFEFF");
    line(csv, headers());
    for (List<String> row : rows(agencyId, from, to)) {
      line(csv, row);
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public byte[] xlsx(String agencyId, LocalDate from, LocalDate to) {
    List<List<String>> rows = rows(agencyId, from, to);
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet(text("slip.07.title"));
      CellStyle title = workbook.createCellStyle();
      Font bold = workbook.createFont();
      bold.setBold(true);
      title.setFont(bold);
      title.setAlignment(HorizontalAlignment.CENTER);
      CellStyle header = workbook.createCellStyle();
      header.cloneStyleFrom(title);
      header.setWrapText(true);
      header.setVerticalAlignment(VerticalAlignment.CENTER);
      bordered(header);
      CellStyle cell = workbook.createCellStyle();
      cell.setWrapText(true);
      cell.setVerticalAlignment(VerticalAlignment.TOP);
      bordered(cell);
      int last = COLUMNS.size() - 1;
      String[] lines = {
        text("slip.07.title").toUpperCase(VietnameseTexts.VIETNAMESE),
        text("slip.07.agency", agencyName(agencyId)),
        text("slip.07.period", VietnameseFormats.day(from), VietnameseFormats.day(to))
      };
      for (int i = 0; i < lines.length; i++) {
        Row row = sheet.createRow(i);
        row.createCell(0).setCellValue(lines[i]);
        row.getCell(0).setCellStyle(title);
        sheet.addMergedRegion(new CellRangeAddress(i, i, 0, last));
      }
      write(sheet.createRow(lines.length + 1), headers(), header);
      int r = lines.length + 2;
      for (List<String> values : rows) {
        write(sheet.createRow(r++), values, cell);
      }
      int[] widths = {6, 28, 40, 10, 26, 34, 30, 13, 13, 16, 16, 16, 22, 30};
      for (int c = 0; c <= last; c++) {
        sheet.setColumnWidth(c, widths[c] * 256);
      }
      sheet.createFreezePane(0, lines.length + 2);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the register of " + agencyId, e);
    }
  }

  /** Each dossier's row, in the order of {@link #COLUMNS}. */
  List<List<String>> rows(String agencyId, LocalDate from, LocalDate to) {
    List<List<String>> rows = new ArrayList<>();
    var start = from.atStartOfDay(VietnameseFormats.VIETNAM).toInstant();
    var end = to.plusDays(1).atStartOfDay(VietnameseFormats.VIETNAM).toInstant();
    for (DossierView d : dossiers.receivedFor(agencyId, start, end)) {
      rows.add(
          List.of(
              String.valueOf(rows.size() + 1),
              d.code(),
              d.procedureName(),
              "1",
              d.applicantName(),
              contact(d),
              agencyName(d.resolvingAgency()),
              day(d.receivedAt()),
              day(d.appointmentAt()),
              day(d.receivedAt()),
              day(d.reachedAt(DossierStatus.RESULT_READY)),
              day(d.reachedAt(DossierStatus.DELIVERED)),
              d.status().label(),
              d.channel().label()));
    }
    return rows;
  }

  /** Whether a period is one the register covers: from not after to, at most MAX_DAYS days. */
  static boolean isValidPeriod(LocalDate from, LocalDate to) {
    return from != null
        && to != null
        && !from.isAfter(to)
        && ChronoUnit.DAYS.between(from, to) < MAX_DAYS;
  }

  private static List<String> headers() {
    return COLUMNS.stream().map(c -> text("slip.07.col." + c)).toList();
  }

  private static String contact(DossierView d) {
    List<String> parts = new ArrayList<>();
    if (d.applicantResidence() != null && !d.applicantResidence().isBlank()) {
      parts.add(d.applicantResidence());
    }
    if (d.applicantPhone() != null && !d.applicantPhone().isBlank()) {
      parts.add(d.applicantPhone());
    }
    return String.join("; ", parts);
  }

  private static String day(java.time.Instant instant) {
    return instant == null ? "" : VietnameseFormats.date(instant);
  }

  private String agencyName(String id) {
    return agencies.find(id).map(Agency::name).orElse(id);
  }

  private static void write(Row row, List<String> values, CellStyle style) {
    for (int c = 0; c < values.size(); c++) {
      row.createCell(c).setCellValue(values.get(c));
      row.getCell(c).setCellStyle(style);
    }
  }

  private static void bordered(CellStyle style) {
    style.setBorderTop(BorderStyle.THIN);
    style.setBorderBottom(BorderStyle.THIN);
    style.setBorderLeft(BorderStyle.THIN);
    style.setBorderRight(BorderStyle.THIN);
  }

  /**
   * One CSV line: every field quoted, quotes doubled; a field a spreadsheet would read as a formula
   * (=, +, -, @ first) gets a leading apostrophe, so a name cannot run in the officer's Excel.
   */
  private static void line(StringBuilder csv, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      String field = fields.get(i) == null ? "" : fields.get(i);
      if (!field.isEmpty() && "=+-@\t\r".indexOf(field.charAt(0)) >= 0) {
        field = "'" + field;
      }
      csv.append(i == 0 ? "" : ",").append('"').append(field.replace("\"", "\"\"")).append('"');
    }
    csv.append("\r\n");
  }

  private static String text(String key, Object... args) {
    return VietnameseTexts.text(key, args);
  }
}
