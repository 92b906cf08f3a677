package vn.motcua.portal.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import vn.motcua.catalog.FieldError;

/**
 * Field errors as a page shows them: one message per field, in the order of the form, in the
 * citizen's language. The summary at the top of the page links each message to its field ({@code
 * #field}); the field shows it again beside itself ({@code field-error}, tied to the input by
 * {@code aria-describedby}). Labels come from {@code <labelPrefix><field>} when the bundle has one,
 * else the label the error carries (a form definition's own label).
 */
final class FormErrors {

  private FormErrors() {}

  static Map<String, String> of(
      List<FieldError> errors, MessageSource messages, Locale locale, String labelPrefix) {
    Map<String, String> shown = new LinkedHashMap<>();
    for (FieldError error : errors) {
      String label =
          labelPrefix == null
              ? error.label()
              : messages.getMessage(labelPrefix + error.field(), null, error.label(), locale);
      List<Object> args = new ArrayList<>();
      args.add(label);
      args.addAll(error.args());
      shown.putIfAbsent(
          error.field(), messages.getMessage(error.code(), args.toArray(), error.code(), locale));
    }
    return shown;
  }

  static Map<String, String> one(String field, String message) {
    return Collections.singletonMap(field, message);
  }
}
