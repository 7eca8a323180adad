import { goToLanguage, type PagePlace } from './pageStart';

function storeChoice(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Storage may be blocked; the choice then lasts for this page only.
  }
}

/**
 * The header's language and theme choices work before the page's code has taken it over: they
 * do what the app would (the app reads the same stored choices when it starts).
 */
export function listenControls(place: PagePlace): void {
  document.addEventListener(
    'change',
    (e) => {
      const select = e.target;
      if (!(select instanceof HTMLSelectElement)) return;
      if (document.documentElement.hasAttribute('data-hydrated')) return;
      if (select.name === 'theme') {
        const theme = select.value;
        storeChoice('kzcn-theme', theme);
        const root = document.documentElement;
        if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
        else root.removeAttribute('data-theme');
        const url = new URL(location.href);
        if (url.searchParams.has('theme')) {
          url.searchParams.delete('theme');
          history.replaceState(history.state, '', url);
        }
      } else if (select.name === 'lang') {
        storeChoice('kzcn-lang', select.value);
        goToLanguage(place, select.value, new URLSearchParams(place.params), 'assign');
      }
    },
    { capture: true },
  );
}
