package vn.motcua.catalog;

import java.util.List;

/**
 * One thing wrong with one field: the field's key and label, a message code from the message
 * bundles ({@code form.required}, …) and its arguments, so the caller speaks the user's language.
 */
public record FieldError(String field, String label, String code, List<Object> args) {

  public static FieldError of(String field, String label, String code, Object... args) {
    return new FieldError(field, label, code, List.of(args));
  }
}
