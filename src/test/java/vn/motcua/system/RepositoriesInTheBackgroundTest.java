package vn.motcua.system;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.after;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.beans.factory.BeanCreationNotAllowedException;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextRefreshedEvent;

/**
 * The repositories are made once the context is ready, beside the start: a query that does not
 * parse still stops the application, as it stopped the start before; an application stopping
 * meanwhile is not an error.
 */
class RepositoriesInTheBackgroundTest {

  final ConfigurableApplicationContext context = mock(ConfigurableApplicationContext.class);

  @Test
  void everyRepositoryIsMade_onceTheContextIsReady() {
    when(context.getBeansOfType(any())).thenReturn(Map.of());
    new RepositoriesInTheBackground(context).onApplicationEvent(new ContextRefreshedEvent(context));
    verify(context, timeout(5_000))
        .getBeansOfType(org.springframework.data.repository.Repository.class);
    verify(context, after(200).never()).close();
  }

  @Test
  void aRepositoryThatCannotBeMade_stopsTheApplication() {
    readyWhileMakingThrows(new BeanCreationException("documentEntityRepository", "invalid JPQL"));
    verify(context, timeout(5_000)).close();
  }

  @Test
  void anApplicationStoppingWhileTheyAreMade_isLeftToStop() {
    readyWhileMakingThrows(
        new BeanCreationNotAllowedException("outboxRepository", "in destruction"));
    verify(context, after(500).never()).close();
  }

  /** The context is ready, and making the repositories fails with {@code failure}. */
  void readyWhileMakingThrows(RuntimeException failure) {
    when(context.isActive()).thenReturn(true);
    when(context.getBeansOfType(any())).thenThrow(failure);
    new RepositoriesInTheBackground(context).onApplicationEvent(new ContextRefreshedEvent(context));
  }

  @Test
  void anotherContextsEvent_isNotOurs() {
    ConfigurableApplicationContext child = mock(ConfigurableApplicationContext.class);
    new RepositoriesInTheBackground(context).onApplicationEvent(new ContextRefreshedEvent(child));
    verify(context, after(200).never()).getBeansOfType(any());
  }
}
