/*
 * Một Cửa's configuration of this Camunda webapp: it replaces the webjar's config.js (our classpath
 * comes first). The webapp stays in English (docs/officers.md says why); Tasklist, where officers
 * work, is in Vietnamese (app/tasklist/scripts/config.js).
 */
export default {
  // The first-login notice probes /camunda-welcome, a path of the citizens' realm: its redirect to
  // /dang-nhap hands the browser a new session cookie, which can replace the one just signed in
  // with. The notice only advertises Camunda.
  disableWelcomeMessage: true
};
