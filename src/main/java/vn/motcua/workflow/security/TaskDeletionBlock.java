package vn.motcua.workflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses {@code DELETE …/task/{id}} to everyone, with one answer whatever the id. A dossier's task
 * ends with its process, never by deletion; and Camunda checks "part of a running process" before
 * the caller's authorization, so its own answer (500, naming the process) told an officer of
 * another agency that a task id exists, where a missing id got 204.
 */
class TaskDeletionBlock extends OncePerRequestFilter {

  private final Pattern taskPath;
  private final ProblemResponses problems;

  /**
   * {@code apiRoots}: the servlet paths of the engine REST API ({@code /engine-rest}, the webapps'
   * copy).
   */
  TaskDeletionBlock(ProblemResponses problems, String... apiRoots) {
    this.problems = problems;
    this.taskPath = Pattern.compile("(?:" + String.join("|", apiRoots) + ")/task/[^/]+/?");
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"DELETE".equalsIgnoreCase(request.getMethod());
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    // the container's decoded path without ;parameters, as the servlet behind will see it
    String path =
        request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    if (taskPath.matcher(path).matches()) {
      problems.write(request, response, HttpStatus.FORBIDDEN, "security.taskDeletion");
      return;
    }
    chain.doFilter(request, response);
  }
}
