package vn.motcua.workflow.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Answers written by the filters in front of Camunda's servlets, where no controller advice
 * reaches: RFC 9457 problems in the caller's language. They also carry {@code message}, the field
 * Camunda's webapps and Modeler show from an engine REST error.
 */
class ProblemResponses {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final MessageSource messages;
  private final LocaleResolver locales;

  ProblemResponses(MessageSource messages, LocaleResolver locales) {
    this.messages = messages;
    this.locales = locales;
  }

  void write(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpStatus status,
      String code,
      Object... args)
      throws IOException {
    Locale locale = locales.resolveLocale(request);
    String detail = messages.getMessage(code + ".detail", args, locale);
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", messages.getMessage(code, null, locale));
    problem.put("status", status.value());
    problem.put("detail", detail);
    problem.put("message", detail);
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    byte[] body = JSON.writeValueAsBytes(problem);
    // a length, so a client still sending its body can tell where this answer ends when the
    // connection closes
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
