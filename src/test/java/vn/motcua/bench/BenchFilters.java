package vn.motcua.bench;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Task filters that ask what Tasklist's shared filters ask ("Việc của tôi", "Việc của nhóm", "Sắp
 * đến hạn", "Quá hạn", "Tất cả công việc": {@code vn.motcua.workflow.tasklist.SharedFilter}, which
 * adds the current user and time when a filter runs), with the officer and the time written in, so
 * that the benchmark measures the same task queries whether or not that code is there. Made again
 * at each start, so "now" is now.
 */
final class BenchFilters {

  private BenchFilters() {}

  /** The benchmark's filters, removed. */
  static void delete(ConfigurableApplicationContext app) {
    FilterService filters = app.getBean(FilterService.class);
    for (Filter old : filters.createTaskFilterQuery().filterNameLike("bench: %").list()) {
      filters.deleteFilter(old.getId());
    }
  }

  /** Name → id. */
  static Map<String, String> ensure(ConfigurableApplicationContext app) {
    FilterService filters = app.getBean(FilterService.class);
    TaskService tasks = app.getBean(TaskService.class);
    delete(app);
    Instant now = Instant.now();
    Map<String, TaskQuery> queries = new LinkedHashMap<>();
    queries.put("Việc của tôi", tasks.createTaskQuery().taskAssignee(TaskListBenchmark.OFFICER));
    queries.put(
        "Việc của nhóm",
        tasks.createTaskQuery().taskCandidateUser(TaskListBenchmark.OFFICER).taskUnassigned());
    queries.put(
        "Sắp đến hạn",
        tasks
            .createTaskQuery()
            .dueAfter(Date.from(now))
            .dueBefore(Date.from(now.plus(1, ChronoUnit.DAYS))));
    queries.put("Quá hạn", tasks.createTaskQuery().dueBefore(Date.from(now)));
    queries.put("Tất cả công việc", tasks.createTaskQuery());
    Map<String, String> ids = new LinkedHashMap<>();
    queries.forEach(
        (name, query) -> {
          Filter filter =
              filters.newTaskFilter("bench: " + name).setQuery(query.orderByDueDate().asc());
          filters.saveFilter(filter);
          ids.put(name, filter.getId());
        });
    return ids;
  }
}
