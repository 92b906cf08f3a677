package vn.motcua.workflow.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.sql.SQLException;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.server.ResourceConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * Camunda 7.24's REST answers 500 to many requests that are the client's mistake: an id that names
 * nothing ({@code Cannot complete task X: Cannot find task with id X}), a value missing from the
 * body ({@code workerId is null}), a body whose fields it reads unchecked (a NullPointerException).
 * Those are 404 and 400 here, in Camunda's own error format ({@code type}, {@code message}), and a
 * message that would name Java classes is replaced. Camunda's answer stands for everything else, a
 * real 500 included. The mappers outrank Camunda's own for the same exception types
 * ({@code @Priority}).
 */
@Component
class EngineRestClientErrors implements ResourceConfigCustomizer {

  private static final Logger log = LoggerFactory.getLogger(EngineRestClientErrors.class);
  private static final Pattern NOT_FOUND =
      Pattern.compile(
          "(?i)doesn't exist|does not exist|not found|cannot find|no [\\w ]+ found|no deployed|is not (?:a )?known|unknown");

  /** What the engine says when the request asks for something the state does not allow. */
  private static final Pattern REFUSED =
      Pattern.compile("(?i)does not have a subscription|has no subscription");

  private static final String MISSING_OR_INVALID = "A value of the request is missing or invalid.";
  private static final Pattern CLASS_NAME =
      Pattern.compile("\\b(?:java|javax|jakarta|org|com|vn|sun)\\.[a-z_]+\\.");

  @Override
  public void customize(ResourceConfig config) {
    config.register(RestExceptions.class);
    config.register(EngineExceptions.class);
    config.register(MissingValues.class);
    config.register(BadArguments.class);
    config.register(UnreadableJson.class);
    config.register(UnmappableJson.class);
    config.register(UnparsableJson.class);
  }

  /**
   * A body that is not the JSON the resource reads: where, by line and column or by field, never
   * the parser's message (it names Camunda's classes). Jersey picks the mapper of the nearest type
   * before the priority, and Camunda and Jersey's Jackson module map these two types themselves: so
   * one mapper each.
   */
  @Priority(1)
  static class UnmappableJson implements ExceptionMapper<JsonMappingException> {
    @Override
    public Response toResponse(JsonMappingException e) {
      return UnreadableJson.answer(e);
    }
  }

  @Priority(1)
  static class UnparsableJson implements ExceptionMapper<JsonParseException> {
    @Override
    public Response toResponse(JsonParseException e) {
      return UnreadableJson.answer(e);
    }
  }

  @Priority(1)
  static class UnreadableJson implements ExceptionMapper<JsonProcessingException> {
    @Override
    public Response toResponse(JsonProcessingException e) {
      return answer(e);
    }

    static Response answer(JsonProcessingException e) {
      String message;
      if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
          field.append(
              reference.getFieldName() != null
                  ? (field.isEmpty() ? "" : ".") + reference.getFieldName()
                  : "[" + reference.getIndex() + "]");
        }
        message = "Invalid value for '" + field + "'.";
      } else if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
        message =
            "Invalid JSON at line "
                + e.getLocation().getLineNr()
                + ", column "
                + e.getLocation().getColumnNr()
                + ".";
      } else {
        message = "The body is not the JSON this request takes.";
      }
      return respond(Response.Status.BAD_REQUEST, "InvalidRequestException", message);
    }
  }

  /** Answers its exception type with {@link #answer}. */
  abstract static class Answering<E extends Throwable> implements ExceptionMapper<E> {
    @Override
    public Response toResponse(E e) {
      return answer(e);
    }
  }

  @Priority(1)
  static class RestExceptions extends Answering<RestException> {}

  @Priority(1)
  static class EngineExceptions extends Answering<ProcessEngineException> {}

  /** The engine's REST code read a field of the body that the client left out. */
  @Priority(1)
  static class MissingValues extends Answering<NullPointerException> {}

  /** A path value that is not a valid template value, and other arguments refused on the way in. */
  @Priority(1)
  static class BadArguments extends Answering<IllegalArgumentException> {}

  /** Camunda's answer, unless it is a 500 for what the client sent. */
  static Response answer(Throwable e) {
    Response camunda = ExceptionHandlerHelper.getInstance().getResponse(e);
    if (camunda.getStatus() != Response.Status.INTERNAL_SERVER_ERROR.getStatusCode()
        || !clientsMistake(e)) {
      if (camunda.getEntity() instanceof ExceptionDto dto
          && dto.getMessage() != null
          && CLASS_NAME.matcher(dto.getMessage()).find()) {
        dto.setMessage(
            MISSING_OR_INVALID); // "Cannot convert value abc to java type java.lang.Integer"
      }
      return camunda;
    }
    String message = e.getMessage() == null ? "" : e.getMessage();
    boolean unknown = NOT_FOUND.matcher(message).find();
    log.info(
        "Engine REST: {} answered {} instead of 500: {}",
        e.getClass().getSimpleName(),
        unknown ? 404 : 400,
        message);
    return respond(
        unknown ? Response.Status.NOT_FOUND : Response.Status.BAD_REQUEST,
        unknown ? "NotFoundException" : "InvalidRequestException",
        message.isBlank() || CLASS_NAME.matcher(message).find() ? MISSING_OR_INVALID : message);
  }

  static Response respond(Response.Status status, String type, String message) {
    ExceptionDto body = new ExceptionDto();
    body.setType(type);
    body.setMessage(message);
    return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
  }

  /**
   * A value missing or unknown, as the engine reports it (a {@link NullValueException} anywhere in
   * the causes), a not-found message, or an unchecked body (NullPointerException,
   * IllegalArgumentException).
   */
  static boolean clientsMistake(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof NullValueException
          || t instanceof NullPointerException
          || t instanceof IllegalArgumentException
          || t.getMessage() != null
              && (NOT_FOUND.matcher(t.getMessage()).find()
                  || REFUSED.matcher(t.getMessage()).find())
          || t instanceof SQLException sql
              && sql.getSQLState() != null
              && sql.getSQLState().startsWith("22")) {
        return true; // SQL state class 22: the data, e.g. a value longer than its column
      }
    }
    return false;
  }
}
