/*
 * Một Cửa's Tasklist configuration: it replaces the config.js of the camunda-webapp-webjar (our
 * classpath comes first). Tasklist in Vietnamese by default, English on request.
 *
 * Why availableLocales names one locale only: Tasklist takes the browser's first language when it
 * is in availableLocales, and fallbackLocale only otherwise (determinePreferredLanguage in
 * camunda-tasklist-bootstrap.js). With ['vi', 'en'] an office computer whose browser says English
 * would show English. So the locale is chosen here, from the officer's choice kept in the browser
 * ('motcua.locale', set by the language switch in the header or by ?lang=en / ?lang=vi), else
 * Vietnamese, and it is the only one Tasklist is offered.
 */
const STORAGE_KEY = 'motcua.locale';
const LOCALES = ['vi', 'en'];

function chosenLocale() {
  try {
    const asked = new URLSearchParams(window.location.search).get('lang');
    if (LOCALES.includes(asked)) {
      window.localStorage.setItem(STORAGE_KEY, asked);
      return asked;
    }
    const kept = window.localStorage.getItem(STORAGE_KEY);
    if (LOCALES.includes(kept)) {
      return kept;
    }
  } catch (e) {
    // storage blocked by the browser's settings: the default
  }
  return 'vi';
}

/*
 * Lists sorted by due date, soonest first: Tasklist reads its order from the address ("sorting")
 * and falls back to the creation date, newest first; so an address without an order gets this one
 * before Tasklist starts. An order the officer picks stays in the address.
 */
function dueDateFirst() {
  const hash = window.location.hash || '#/';
  if (/[?&]sorting=/.test(hash)) {
    return;
  }
  const sorting = encodeURIComponent(JSON.stringify([{sortBy: 'dueDate', sortOrder: 'asc'}]));
  const separator = hash.includes('?') ? '&' : '?';
  window.history.replaceState(
    window.history.state,
    '',
    window.location.pathname + window.location.search + hash + separator + 'sorting=' + sorting
  );
}

dueDateFirst();
const locale = chosenLocale();
const vietnamese = locale === 'vi';
document.documentElement.lang = locale;

export default {
  app: {
    name: vietnamese ? 'Xử lý hồ sơ' : 'Tasklist',
    vendor: 'Một Cửa'
  },
  locales: {
    availableLocales: [locale],
    fallbackLocale: locale
  },
  customScripts: ['scripts/language-switch'],
  // Tasklist's first-login notice probes /camunda-welcome, a path of the citizens' realm: its
  // redirect to /dang-nhap hands the browser a new session cookie, which can replace the one the
  // officer just signed in with (found by TasklistBrowserIT). The notice only advertises Camunda.
  disableWelcomeMessage: true,
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: vietnamese
        ? 'nhận xử lý công việc đang chọn'
        : 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: vietnamese
        ? 'chuyển tới bộ lọc đầu tiên trong danh sách'
        : 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: vietnamese
        ? 'chuyển tới công việc đầu tiên trong danh sách'
        : 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: vietnamese
        ? 'chuyển tới ô nhập đầu tiên của biểu mẫu'
        : 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: vietnamese
        ? 'mở hộp thoại khởi tạo quy trình'
        : 'opens the start process modal dialog'
    }
  }
};
