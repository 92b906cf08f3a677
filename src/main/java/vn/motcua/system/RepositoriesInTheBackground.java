package vn.motcua.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Component;

/**
 * The JPA repositories are made on first use ({@code spring.data.jpa.repositories.bootstrap-mode:
 * lazy}), and all of them on a thread of their own as soon as the context is ready. Making them is
 * Spring Data parsing every query method and JPQL query, 2.3–2.8 s on two cores, which the deferred
 * mode did on the main thread before the application took its first request (docs/benchmark.md,
 * start-up). A request that needs a repository before this thread has made it makes it itself;
 * Spring's lock makes it once. A query that does not parse stops the application, as it would have
 * stopped the start; an application that is stopping meanwhile (a short-lived test context) is left
 * to stop.
 */
@Component
class RepositoriesInTheBackground {

  private static final Logger LOG = LoggerFactory.getLogger(RepositoriesInTheBackground.class);

  private final ConfigurableApplicationContext context;
  private volatile boolean stopping;

  RepositoriesInTheBackground(ConfigurableApplicationContext context) {
    this.context = context;
  }

  @EventListener
  void ready(ContextRefreshedEvent event) {
    if (event.getApplicationContext() != context) {
      return;
    }
    Thread maker = new Thread(this::makeAll, "repositories");
    maker.setDaemon(true);
    maker.start();
  }

  @EventListener
  void stopping(ContextClosedEvent event) {
    if (event.getApplicationContext() == context) {
      stopping = true;
    }
  }

  private void makeAll() {
    long t0 = System.nanoTime();
    try {
      int made = context.getBeansOfType(Repository.class).size();
      LOG.info("{} repositories made in {} ms", made, (System.nanoTime() - t0) / 1_000_000);
    } catch (RuntimeException e) {
      if (stopping) {
        return;
      }
      LOG.error("a repository could not be made: the application stops", e);
      context.close();
    }
  }
}
