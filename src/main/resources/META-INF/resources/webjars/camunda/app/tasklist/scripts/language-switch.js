/*
 * The language switch in Tasklist's header (plugin point tasklist.navbar.action): "English" while
 * Tasklist speaks Vietnamese, "Tiếng Việt" while it speaks English. The choice is kept in the
 * browser ('motcua.locale', read by config.js) and the page is loaded again in that language.
 */
const STORAGE_KEY = 'motcua.locale';

function currentLocale() {
  return document.documentElement.lang === 'en' ? 'en' : 'vi';
}

export default {
  id: 'motcua.languageSwitch',
  pluginPoint: 'tasklist.navbar.action',
  priority: 100,
  render(node) {
    const other = currentLocale() === 'vi' ? 'en' : 'vi';
    const link = document.createElement('a');
    link.href = '#';
    link.lang = other;
    link.className = 'motcua-language-switch';
    link.textContent = other === 'en' ? 'English' : 'Tiếng Việt';
    link.title = other === 'en' ? 'Switch Tasklist to English' : 'Chuyển sang tiếng Việt';
    link.addEventListener('click', event => {
      event.preventDefault();
      try {
        window.localStorage.setItem(STORAGE_KEY, other);
      } catch (e) {
        // storage blocked: the query parameter carries the choice for this visit
      }
      const url = new URL(window.location.href);
      url.searchParams.set('lang', other);
      window.location.assign(url.toString());
    });
    node.appendChild(link);
  }
};
