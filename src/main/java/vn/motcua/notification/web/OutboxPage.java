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
import vn.motcua.shared.VietnameseTexts;

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
        <title>%1$s</title><style>body{font-family:sans-serif;margin:1rem}table{border-collapse:collapse;width:100%%}
        td,th{border:1px solid #ccc;padding:.3rem;vertical-align:top;text-align:left}pre{white-space:pre-wrap;margin:0}</style>
        </head><body><main><h1>%1$s</h1><p>%2$s</p>
        <table><thead><tr>%3$s</tr></thead><tbody>"""
                .formatted(
                    text("outbox.title"),
                    text("outbox.intro"),
                    headers(
                        "outbox.col.time",
                        "outbox.col.channel",
                        "outbox.col.recipient",
                        "outbox.col.subject",
                        "outbox.col.body",
                        "outbox.col.dossier")));
    for (OutboxMessage m : outbox.recent(200)) {
      html.append("<tr><td>")
          .append(time(m.createdAt()))
          .append("</td><td>")
          .append(text("outbox.channel." + m.channel().name()))
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
    html.append("</tbody></table><h2>")
        .append(text("outbox.national.title"))
        .append("</h2><table><thead><tr>")
        .append(
            headers(
                "outbox.national.col.changedAt",
                "outbox.col.dossier",
                "outbox.national.col.procedure",
                "outbox.national.col.status",
                "outbox.col.channel",
                "outbox.national.col.appointment",
                "outbox.national.col.nationalId"))
        .append("</tr></thead><tbody>");
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
          .append("</td><td>")
          .append(e(u.nationalId()))
          .append("</td></tr>");
    }
    return html.append("</tbody></table></main></body></html>").toString();
  }

  /** The page's words ({@code outbox.*}), Vietnamese as the officers' pages are. */
  private static String text(String key) {
    return VietnameseTexts.text(key);
  }

  private static String headers(String... keys) {
    StringBuilder row = new StringBuilder();
    for (String key : keys) {
      row.append("<th>").append(text(key)).append("</th>");
    }
    return row.toString();
  }

  private static String time(Instant instant) {
    return instant == null ? "" : TIME.format(instant);
  }

  private static String e(String text) {
    return SimplePage.escape(text);
  }
}
