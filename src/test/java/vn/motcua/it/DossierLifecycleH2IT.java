package vn.motcua.it;

/**
 * The lifecycle on the embedded default database, H2. Every integration test closes its context
 * after its class: the Camunda REST API finds its engine by name ("default") in a static registry,
 * and closing one cached context would unregister the engine another still uses.
 */
@IntegrationTest
class DossierLifecycleH2IT extends DossierLifecycleScenarios {}
