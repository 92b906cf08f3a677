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
 * name that says whose dossier it is on create (and, at a stage that may transfer the dossier, the
 * agencies it may go to; a task the process comes back to goes to the officer who did it last),
 * server-side form validation on complete, on assignment the check that the task stays in its
 * agency, recorded on the timeline when it changes hands, and the watch of its due date ({@link
 * StageWatch}). Built-in listeners run before the ones the BPMN declares, so a completion is
 * validated before any decision is recorded.
 */
class TaskListenerInstaller extends AbstractBpmnParseListener {

  private final TaskListener summaryWriter;
  private final TaskListener namer;
  private final TaskListener formValidator;
  private final TaskListener reassignment;
  private final TaskListener transferChoices;
  private final TaskListener backToPreviousOfficer = new BackToPreviousOfficer();
  private final TaskListener stageWatch;

  TaskListenerInstaller(
      TaskListener summaryWriter,
      TaskListener namer,
      TaskListener formValidator,
      TaskListener reassignment,
      TaskListener transferChoices,
      TaskListener stageWatch) {
    this.summaryWriter = summaryWriter;
    this.namer = namer;
    this.formValidator = formValidator;
    this.reassignment = reassignment;
    this.transferChoices = transferChoices;
    this.stageWatch = stageWatch;
  }

  @Override
  public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
    TaskDefinition definition =
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
    definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, summaryWriter);
    definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, namer);
    definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, transferChoices);
    definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, backToPreviousOfficer);
    definition.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, reassignment);
    if (definition.getCamundaFormDefinitionKey() != null) {
      definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, formValidator);
    }
    definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, stageWatch);
    definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, stageWatch);
    definition.addBuiltInTaskListener(TaskListener.EVENTNAME_DELETE, stageWatch);
  }
}
