package vn.motcua.workflow.tasklist;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.task.TaskQuery;
import vn.motcua.shared.VietnameseTexts;

/**
 * The task filters every officer finds in Tasklist, sorted by due date, soonest first, unless the
 * query that runs them asks for another order (Tasklist's sort control; its default is due date
 * too, set by our config.js). Each has a fixed id, so that it is created once whichever node starts
 * first, and so that {@link CurrentUserFilterService} knows it even after an administrator edited
 * its name or criteria in Tasklist (which drops properties it does not know). What depends on who
 * asks and when (the current user, now) cannot be stored: stored queries may not hold expressions
 * such as {@code ${currentUser()}} (the Camunda 7.24.0 expression advisory), so it is added when
 * the filter runs. The order is not stored either: a stored order would come before the one the
 * officer picks.
 */
public enum SharedFilter {
  MY_TASKS("motcua-my-tasks", "#1565c0") {
    @Override
    void addCurrent(TaskQueryImpl query, Now now) {
      if (query.getAssignee() == null
          && query.getAssigneeLike() == null
          && query.getAssigneeIn() == null) {
        query.taskAssignee(now.userOrNobody());
      }
    }
  },
  GROUP_TASKS("motcua-group-tasks", "#6a1b9a") {
    @Override
    TaskQuery stored(TaskService tasks) {
      return super.stored(tasks).taskUnassigned();
    }

    /** The engine finds the user's groups itself, and leaves out assigned tasks. */
    @Override
    void addCurrent(TaskQueryImpl query, Now now) {
      if (query.getCandidateUser() == null
          && query.getCandidateGroup() == null
          && query.getCandidateGroupsInternal() == null) {
        query.taskCandidateUser(now.userOrNobody());
      }
    }
  },
  // dark amber: 5.0:1 on Tasklist's white, as WCAG AA asks of text (#ef6c00 was 3.1:1, axe-core in
  // TasklistBrowserIT); the colours are the filter names' in Tasklist's list
  DUE_SOON("motcua-due-soon", "#b45309") {
    @Override
    void addCurrent(TaskQueryImpl query, Now now) {
      if (query.getDueDate() == null
          && query.getDueAfter() == null
          && query.getDueBefore() == null) {
        query.dueAfter(Date.from(now.instant())).dueBefore(Date.from(now.soonUntil()));
      }
    }
  },
  OVERDUE("motcua-overdue", "#c62828") {
    @Override
    void addCurrent(TaskQueryImpl query, Now now) {
      if (query.getDueDate() == null && query.getDueBefore() == null) {
        query.dueBefore(Date.from(now.instant()));
      }
    }
  },
  ALL_TASKS("motcua-all-tasks", "#546e7a");

  /**
   * Who asks and when: {@code user} is null when nobody signed in (a job, the application itself).
   */
  record Now(String user, Instant instant, Instant soonUntil) {

    /**
     * Not a valid user id ({@code generalResourceWhitelistPattern}: letters, digits, dots, dashes,
     * underscores), so it matches no task.
     */
    static final String NOBODY = "{no-one}";

    String userOrNobody() {
      return user == null ? NOBODY : user;
    }
  }

  private final String id;
  private final String color;

  /** Its name and description are {@code tasklist.filter.<id>.name} and {@code .description}. */
  SharedFilter(String id, String color) {
    this.id = id;
    this.color = color;
  }

  public String id() {
    return id;
  }

  /** The name officers see, in Vietnamese as Tasklist's filters are shared by everyone. */
  public String label() {
    return VietnameseTexts.text("tasklist.filter." + id + ".name");
  }

  String description() {
    return VietnameseTexts.text("tasklist.filter." + id + ".description");
  }

  public static Optional<SharedFilter> byId(String id) {
    for (SharedFilter filter : values()) {
      if (filter.id.equals(id)) {
        return Optional.of(filter);
      }
    }
    return Optional.empty();
  }

  /** The part that is the same for everyone at any time. */
  TaskQuery stored(TaskService tasks) {
    return tasks.createTaskQuery();
  }

  /**
   * Adds to the query that extends the stored one (Tasklist's search and sort) the order by due
   * date and the criteria that depend on who asks and when, each unless the query has its own.
   */
  void extend(TaskQueryImpl query, Now now) {
    if (query.getOrderingProperties() == null || query.getOrderingProperties().isEmpty()) {
      query.orderByDueDate().asc();
    }
    addCurrent(query, now);
  }

  void addCurrent(TaskQueryImpl query, Now now) {}

  /** How Tasklist shows it: first in this order, with a colour and a description. */
  Map<String, Object> properties() {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("priority", ordinal() + 1);
    properties.put("description", description());
    properties.put("color", color);
    properties.put("refresh", false);
    return properties;
  }
}
