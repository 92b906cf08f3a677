package vn.motcua.workflow.tasklist;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.FilterServiceImpl;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.query.Query;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.shared.VietnameseFormats;

/**
 * The engine's filter service, which runs a {@link SharedFilter} for the user who asks, now: it
 * adds the current user and the time to the query that extends the stored one. Every way a filter
 * runs goes through here: Tasklist's list and counts ({@code /camunda/api/engine/.../filter}),
 * {@code /engine-rest/filter/{id}/list} and the Java API. Any other filter runs as stored.
 */
public class CurrentUserFilterService extends FilterServiceImpl {

  private final Supplier<Authentication> currentUser;
  private final Clock clock;
  private final Supplier<WorkingCalendar> calendar;

  /**
   * {@code currentUser}: the engine's identity service's authentication of this thread, which the
   * REST API and the webapps set for each request.
   */
  public CurrentUserFilterService(
      Supplier<Authentication> currentUser, Clock clock, Supplier<WorkingCalendar> calendar) {
    this.currentUser = currentUser;
    this.clock = clock;
    this.calendar = calendar;
  }

  @Override
  public <T> List<T> list(String filterId) {
    return list(filterId, (Query<?, T>) null);
  }

  @Override
  public <T, Q extends Query<?, T>> List<T> list(String filterId, Q extendingQuery) {
    return super.list(filterId, withCurrent(filterId, extendingQuery));
  }

  @Override
  public <T> List<T> listPage(String filterId, int firstResult, int maxResults) {
    return listPage(filterId, (Query<?, T>) null, firstResult, maxResults);
  }

  @Override
  public <T, Q extends Query<?, T>> List<T> listPage(
      String filterId, Q extendingQuery, int firstResult, int maxResults) {
    return super.listPage(filterId, withCurrent(filterId, extendingQuery), firstResult, maxResults);
  }

  @Override
  public <T> T singleResult(String filterId) {
    return singleResult(filterId, (Query<?, T>) null);
  }

  @Override
  public <T, Q extends Query<?, T>> T singleResult(String filterId, Q extendingQuery) {
    return super.singleResult(filterId, withCurrent(filterId, extendingQuery));
  }

  @Override
  public Long count(String filterId) {
    return count(filterId, null);
  }

  @Override
  public Long count(String filterId, Query<?, ?> extendingQuery) {
    return super.count(filterId, withCurrent(filterId, extendingQuery));
  }

  /** The query that extends a shared filter's stored one; any other filter's as it came. */
  @SuppressWarnings("unchecked")
  private <Q extends Query<?, ?>> Q withCurrent(String filterId, Q extendingQuery) {
    SharedFilter shared = SharedFilter.byId(filterId).orElse(null);
    if (shared == null) {
      return extendingQuery;
    }
    TaskQueryImpl query;
    if (extendingQuery == null) {
      query = new TaskQueryImpl();
    } else if (extendingQuery instanceof TaskQueryImpl taskQuery) {
      query = taskQuery;
    } else {
      throw new ProcessEngineException(
          "the task filter '" + filterId + "' is extended by a query that is not a task query");
    }
    shared.extend(query, now());
    return (Q) query;
  }

  private SharedFilter.Now now() {
    Authentication authentication = currentUser.get();
    Instant instant = clock.instant();
    WorkingCalendar days = calendar.get();
    Instant soonUntil =
        days.nextWorkingDay(instant.atZone(VietnameseFormats.VIETNAM).toLocalDate())
            .atTime(days.officeHours().closing())
            .atZone(VietnameseFormats.VIETNAM)
            .toInstant();
    return new SharedFilter.Now(
        authentication == null ? null : authentication.getUserId(), instant, soonUntil);
  }
}
