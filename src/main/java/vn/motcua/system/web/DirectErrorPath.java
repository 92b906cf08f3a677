package vn.motcua.system.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;

/**
 * Boot's error page, except that {@code /error} asked for directly (no error behind it) is a page
 * that does not exist, 404, where Boot answers 500 as if the server had failed.
 */
@Controller
class DirectErrorPath extends BasicErrorController {

  DirectErrorPath(
      ErrorAttributes errorAttributes,
      ServerProperties server,
      List<ErrorViewResolver> errorViewResolvers) {
    super(errorAttributes, server.getError(), errorViewResolvers);
  }

  @Override
  protected HttpStatus getStatus(HttpServletRequest request) {
    if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
      return HttpStatus.NOT_FOUND;
    }
    return super.getStatus(request);
  }
}
