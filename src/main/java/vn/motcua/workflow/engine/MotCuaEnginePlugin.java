package vn.motcua.workflow.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.catalog.Agency;
import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.dossier.DossierDecisions;
import vn.motcua.dossier.Dossiers;
import vn.motcua.workflow.tasklist.CurrentUserFilterService;

/**
 * What Một Cửa adds to the engine: the application's clock, the catalogue deployer, the
 * personal-data history filter, light history for the processes that ask for it, the
 * validation-error unwrapping, the listeners every user task gets, no owner's grant on a
 * deployment, and the filter service that runs Tasklist's shared filters for the user who asks.
 */
@Component
@Order(100)
class MotCuaEnginePlugin extends AbstractProcessEnginePlugin {

  private final ProcedureCatalog catalog;
  private final Dossiers dossiers;
  private final DossierDecisions decisions;
  private final ObjectMapper objectMapper;
  private final FieldErrorMessages messages;
  private final Clock clock;
  private final ObjectProvider<WorkingCalendar> calendar;
  private final int reminderPercent;

  /**
   * {@code dossiers} is lazy: the dossier module needs the engine, and the engine needs this plugin
   * first.
   */
  MotCuaEnginePlugin(
      ProcedureCatalog catalog,
      @Lazy Dossiers dossiers,
      @Lazy DossierDecisions decisions,
      ObjectMapper objectMapper,
      FieldErrorMessages messages,
      Clock clock,
      ObjectProvider<WorkingCalendar> calendar,
      @Value("${motcua.deadlines.reminder-percent:75}") int reminderPercent) {
    this.reminderPercent = reminderPercent;
    this.clock = clock;
    this.calendar = calendar;
    this.catalog = catalog;
    this.dossiers = dossiers;
    this.decisions = decisions;
    this.objectMapper = objectMapper;
    this.messages = messages;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EngineClock.follow(clock);

    if (configuration.getCustomPreDeployers() == null) {
      configuration.setCustomPreDeployers(new ArrayList<>());
    }
    configuration.getCustomPreDeployers().add(new DeploymentCheck(objectMapper, Agency.ROLES));
    if (configuration.getCustomPostDeployers() == null) {
      configuration.setCustomPostDeployers(new ArrayList<>());
    }
    configuration.getCustomPostDeployers().add(new ProcedureDeployer(catalog, objectMapper));

    configuration.setResourceAuthorizationProvider(new AgencyAuthorizations());
    configuration.setFilterService(
        new CurrentUserFilterService(
            () -> configuration.getIdentityService().getCurrentAuthentication(),
            clock,
            calendar::getObject));

    if (configuration.getCustomHistoryLevels() == null) {
      configuration.setCustomHistoryLevels(new ArrayList<>());
    }
    configuration.getCustomHistoryLevels().add(new LightHistory());
    configuration.setEnableDefaultDbHistoryEventHandler(false);
    configuration
        .getCustomHistoryEventHandlers()
        .add(new PersonalDataHistoryFilter(new DbHistoryEventHandler()));

    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPreCommandInterceptorsTxRequired().add(0, new FieldErrorUnwrapping());

    if (configuration.getCustomPreBPMNParseListeners() == null) {
      configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPreBPMNParseListeners().add(new LightHistory.Reader());
    configuration
        .getCustomPreBPMNParseListeners()
        .add(
            new TaskListenerInstaller(
                new DossierSummaryWriter(dossiers),
                new TaskNamer(dossiers),
                new TaskFormValidator(objectMapper, messages, clock),
                new TaskReassignment(decisions),
                new TransferChoices(decisions),
                new StageWatch(clock, calendar::getObject, reminderPercent)));

    if (configuration.getCustomPreVariableSerializers() == null) {
      configuration.setCustomPreVariableSerializers(new ArrayList<>());
    }
    configuration.getCustomPreVariableSerializers().add(new JsonOptions.Serializer(objectMapper));
  }
}
