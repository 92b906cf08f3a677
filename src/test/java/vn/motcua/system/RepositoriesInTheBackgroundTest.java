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
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.data.repository.Repository;

/**
 * The repositories are made once the context is ready, beside the start: a query that does not
 * parse still stops the application, as it stopped the start before; an application stopping
 * meanwhile is not an error.
 */
class RepositoriesInTheBackgroundTest {

  final ConfigurableApplicationContext context = mock(ConfigurableApplicationContext.class);
  final RepositoriesInTheBackground maker = new RepositoriesInTheBackground(context);

  @Test
  void everyRepositoryIsMade_onceTheContextIsReady() {
    when(context.getBeansOfType(any())).thenReturn(Map.of());
    maker.ready(new ContextRefreshedEvent(context));
    verify(context, timeout(5_000)).getBeansOfType(Repository.class);
    verify(context, after(200).never()).close();
  }

  @Test
  void aRepositoryThatCannotBeMade_stopsTheApplication() {
    when(context.getBeansOfType(any()))
        .thenThrow(new BeanCreationException("documentEntityRepository", "invalid JPQL"));
    maker.ready(new ContextRefreshedEvent(context));
    verify(context, timeout(5_000)).close();
  }

  @Test
  void anApplicationStoppingWhileTheyAreMade_isLeftToStop() {
    when(context.getBeansOfType(any()))
        .thenAnswer(
            making -> {
              // the context closes meanwhile: its factory is gone under the repository being made
              maker.stopping(new ContextClosedEvent(context));
              throw new BeanCreationException("paymentOrderRepository", "factory is closed");
            });
    maker.ready(new ContextRefreshedEvent(context));
    verify(context, timeout(5_000)).getBeansOfType(Repository.class);
    verify(context, after(500).never()).close();
  }

  @Test
  void anotherContextsEvent_isNotOurs() {
    ConfigurableApplicationContext child = mock(ConfigurableApplicationContext.class);
    maker.ready(new ContextRefreshedEvent(child));
    verify(context, after(200).never()).getBeansOfType(any());
  }
}
