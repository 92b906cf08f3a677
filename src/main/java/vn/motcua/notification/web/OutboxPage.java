package vn.motcua.notification.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.interop.NationalPortal;
import vn.motcua.interop.StatusUpdate;
import vn.motcua.notification.Outbox;
import vn.motcua.notification.OutboxMessage;
import vn.motcua.shared.SimplePage;
import vn.motcua.shared.VietnameseFormats;

/**
 * The administrators' outbox: every mail and SMS sent, and what the (sandbox) national portal
 * received.
 */
@RestController
class OutboxPage {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(VietnameseFormats.VIETNAM);

  private final Outbox outbox;
  private final NationalPortal portal;

  OutboxPage(Outbox outbox, NationalPortal portal) {
    this.outbox = outbox;
    this.portal = portal;
  }

  @GetMapping(value = "/admin/outbox", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
  String page() {
    StringBuilder html =
        new StringBuilder(
            """
        <!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Hộp thư đi</title><style>body{font-family:sans-serif;margin:1rem}table{border-collapse:collapse;width:100%}
        td,th{border:1px solid #ccc;padding:.3rem;vertical-align:top;text-align:left}pre{white-space:pre-wrap;margin:0}</style>
        </head><body><main><h1>Hộp thư đi</h1><p>Thư điện tử và tin nhắn đã gửi cho người nộp hồ sơ (mới nhất trước).</p>
        <table><thead><tr><th>Thời điểm</th><th>Kênh</th><th>Người nhận</th><th>Tiêu đề</th><th>Nội dung</th><th>Hồ sơ</th></tr></thead><tbody>""");
    for (OutboxMessage m : outbox.recent(200)) {
      html.append("<tr><td>")
          .append(time(m.createdAt()))
          .append("</td><td>")
          .append(m.channel() == OutboxMessage.Channel.SMS ? "SMS" : "Thư điện tử")
          .append("</td><td>")
          .append(e(m.recipient()))
          .append("</td><td>")
          .append(e(m.subject()))
          .append("</td><td><pre>")
          .append(e(m.body()))
          .append("</pre></td><td>")
          .append(e(m.reference()))
          .append("</td></tr>");
    }
    html.append(
        "</tbody></table><h2>Đồng bộ Cổng Dịch vụ công quốc gia</h2><table><thead><tr><th>Thời điểm thay đổi</th><th>Hồ sơ</th>"
            + "<th>Thủ tục</th><th>Trạng thái (mã quốc gia)</th><th>Kênh</th><th>Hẹn trả</th></tr></thead><tbody>");
    for (StatusUpdate u : portal.received(200)) {
      html.append("<tr><td>")
          .append(time(u.changedAt()))
          .append("</td><td>")
          .append(e(u.dossierCode()))
          .append("</td><td>")
          .append(e(u.procedureCode()))
          .append("</td><td>")
          .append(u.nationalStatus())
          .append("</td><td>")
          .append(u.channel())
          .append("</td><td>")
          .append(time(u.appointmentAt()))
          .append("</td></tr>");
    }
    return html.append("</tbody></table></main></body></html>").toString();
  }

  private static String time(Instant instant) {
    return instant == null ? "" : TIME.format(instant);
  }

  private static String e(String text) {
    return SimplePage.escape(text);
  }
}
