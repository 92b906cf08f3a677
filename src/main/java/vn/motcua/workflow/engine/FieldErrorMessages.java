package vn.motcua.workflow.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.motcua.catalog.FieldError;

/** Field errors in the officers' language (Vietnamese), as Tasklist shows them under the form. */
@Component
public class FieldErrorMessages {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
  private final MessageSource messageSource;

  FieldErrorMessages(MessageSource messageSource) {
    this.messageSource = messageSource;
  }

  public String describe(List<FieldError> errors) {
    return errors.stream().map(this::describe).collect(Collectors.joining(" "));
  }

  public String describe(FieldError error) {
    List<Object> args = new ArrayList<>();
    args.add(error.label());
    args.addAll(error.args());
    return messageSource.getMessage(error.code(), args.toArray(), error.code(), VIETNAMESE);
  }

  public String describe(String code, Object... args) {
    return messageSource.getMessage(code, args, code, VIETNAMESE);
  }
}
