package vn.motcua.workflow.engine;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Gives every user task of every process, however an analyst models it, the dossier summary and a
 * name that says whose dossier it is on create, server-side form validation on complete, and the
 * watch of its due date ({@link StageWatch}). Built-in listeners run before the ones the BPMN
 * declares, so a completion is validated before any decision is recorded.
 */
class TaskListenerInstaller extends AbstractBpmnParseListener {

  private final TaskListener summaryWriter;
  private final TaskListener namer;
  private final TaskListener formValidator;
  private final TaskListener stageWatch;

  TaskListenerInstaller(
      TaskListener summaryWriter,
      TaskListener namer,
      TaskListener formValidator,
      TaskListener stageWatch) {
    this.summaryWriter = summaryWriter;
    this.namer = namer;
    this.formValidator = formValidator;
    this.stageWatch = stageWatch;
  }

  @Override
  public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
    TaskDefinition definition =
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
    definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, summaryWriter);
    definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, namer);
    if (definition.getCamundaFormDefinitionKey() != null) {
      definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, formValidator);
    }
    definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, stageWatch);
    definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, stageWatch);
    definition.addBuiltInTaskListener(TaskListener.EVENTNAME_DELETE, stageWatch);
  }
}
