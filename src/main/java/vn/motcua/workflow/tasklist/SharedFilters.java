package vn.motcua.workflow.tasklist;

import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the {@link SharedFilter}s at start, each once: a filter that exists is left as an
 * administrator may have changed it, one that is missing is created again. Every officer group may
 * read every filter ({@code RolePermissions.OFFICER}), so every officer sees them. A filter's id is
 * fixed, so that nodes starting together make it once (the second insert fails on the key and finds
 * the first's).
 */
@Component
@Order(40)
class SharedFilters implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(SharedFilters.class);

  /** The one filter an earlier version had the starter make ({@code camunda.bpm.filter.create}). */
  static final String STARTERS_FILTER = SharedFilter.ALL_TASKS.label();

  private final ProcessEngine engine;

  SharedFilters(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  public void run(ApplicationArguments args) {
    FilterService filters = engine.getFilterService();
    for (SharedFilter shared : SharedFilter.values()) {
      if (filters.getFilter(shared.id()) == null) {
        create(shared);
      }
    }
    replaceTheStartersFilter(filters);
  }

  private void create(SharedFilter shared) {
    FilterEntity filter = new FilterEntity(EntityTypes.TASK);
    filter.setId(shared.id());
    filter.setName(shared.label());
    filter.setQuery(shared.stored(engine.getTaskService()));
    filter.setProperties(shared.properties());
    try {
      // FilterService.saveFilter takes a filter with an id for an update: insert it as it is
      ((ProcessEngineImpl) engine)
          .getProcessEngineConfiguration()
          .getCommandExecutorTxRequired()
          .execute(
              context -> {
                context.getDbEntityManager().insert(filter);
                return null;
              });
      log.info("Created the shared task filter '{}' ({})", shared.label(), shared.id());
    } catch (ProcessEngineException e) {
      if (engine.getFilterService().getFilter(shared.id()) == null) {
        throw e;
      }
      // another node created it meanwhile
    }
  }

  /**
   * The starter's "Tất cả công việc" had no order and came first; {@link SharedFilter#ALL_TASKS}
   * takes its place.
   */
  private void replaceTheStartersFilter(FilterService filters) {
    for (Filter filter : filters.createTaskFilterQuery().filterName(STARTERS_FILTER).list()) {
      if (!filter.getId().equals(SharedFilter.ALL_TASKS.id())
          && filter.getOwner() == null
          && (filter.getProperties() == null || filter.getProperties().isEmpty())) {
        filters.deleteFilter(filter.getId());
        log.info("Replaced the starter's task filter '{}' by a shared one", STARTERS_FILTER);
      }
    }
  }
}
