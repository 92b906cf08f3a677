package vn.motcua.shared;

import org.springframework.web.util.HtmlUtils;

/**
 * The few plain server-rendered pages outside the portal (the gateway's return, the sandboxes, the
 * outbox): one Vietnamese HTML frame, with text escaped (Vietnamese letters are kept as they are).
 */
public final class SimplePage {

  private SimplePage() {}

  /** A page with {@code title} and a body of ready HTML. */
  public static String html(String title, String bodyHtml) {
    return """
        <!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>%s</title></head><body><main><h1>%s</h1>%s</main></body></html>"""
        .formatted(escape(title), escape(title), bodyHtml);
  }

  public static String escape(String text) {
    return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
  }
}
