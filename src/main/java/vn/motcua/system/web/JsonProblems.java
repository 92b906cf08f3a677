package vn.motcua.system.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * What was wrong with a JSON body, as a message code and its arguments: the field (as the client
 * wrote it, {@code components[0].documentId}) and the kind of value it needs, or the line and
 * column of a syntax error. Jackson's own message names our classes and is never shown. The kind is
 * itself a message, resolved with the rest.
 */
final class JsonProblems {

  record Found(String code, Object[] args, String field) {}

  private JsonProblems() {}

  static Found of(HttpMessageNotReadableException e) {
    Throwable cause = e.getMostSpecificCause();
    if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
      String field = path(mismatch);
      return new Found(
          "problem.json.type",
          new Object[] {
            field, new DefaultMessageSourceResolvable(expected(mismatch.getTargetType()))
          },
          field);
    }
    if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field = path(mapping);
      return new Found("problem.json.value", new Object[] {field}, field);
    }
    if (cause instanceof JsonProcessingException parsing
        && parsing.getLocation() != null
        && parsing.getLocation() != JsonLocation.NA) {
      return new Found(
          "problem.json.syntax",
          new Object[] {parsing.getLocation().getLineNr(), parsing.getLocation().getColumnNr()},
          null);
    }
    return new Found("problem.json.missing", new Object[0], null);
  }

  /** {@code components[0].documentId}: the way the client wrote the field. */
  static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : e.getPath()) {
      if (reference.getFieldName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  /** The message code of the kind of value a field needs. */
  private static String expected(Class<?> type) {
    if (type == null) {
      return "problem.json.kind.other";
    }
    if (type == Integer.class
        || type == int.class
        || type == Long.class
        || type == long.class
        || type == Short.class
        || type == short.class) {
      return "problem.json.kind.integer";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
      return "problem.json.kind.number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "problem.json.kind.boolean";
    }
    if (type == String.class || type.isEnum()) {
      return type.isEnum() ? "problem.json.kind.choice" : "problem.json.kind.text";
    }
    if (Temporal.class.isAssignableFrom(type)) {
      return "problem.json.kind.date";
    }
    if (type == UUID.class) {
      return "problem.json.kind.uuid";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "problem.json.kind.list";
    }
    if (Map.class.isAssignableFrom(type) || type.isRecord()) {
      return "problem.json.kind.object";
    }
    return "problem.json.kind.other";
  }
}
