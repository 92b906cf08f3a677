package vn.motcua.workflow.engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What a listener reads from a task's deployed definition (its form, its stage), read once: a
 * deployed definition never changes.
 */
public final class PerTaskDefinition<T> {

  private final Map<String, T> values = new ConcurrentHashMap<>();
  private final Function<DelegateTask, T> reader;

  public PerTaskDefinition(Function<DelegateTask, T> reader) {
    this.reader = reader;
  }

  public T of(DelegateTask task) {
    return values.computeIfAbsent(
        task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey(),
        key -> reader.apply(task));
  }
}
