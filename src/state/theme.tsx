import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import type { ThemeName } from '../figure/palette';
import { currentLocation, updateSearch, useRoute } from './router';
import { readStoredChoice, storeChoice } from './storedChoice';

export type ThemePreference = 'auto' | ThemeName;

const STORAGE_KEY = 'kzcn-theme';
const QUERY = '(prefers-color-scheme: dark)';

/** Only known values are taken from the URL or storage; anything else means "auto". */
export function parseThemePreference(value: string | null | undefined): ThemePreference | null {
  return value === 'light' || value === 'dark' || value === 'auto' ? value : null;
}

function subscribeScheme(onChange: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => undefined;
  const mq = window.matchMedia(QUERY);
  mq.addEventListener('change', onChange);
  return () => mq.removeEventListener('change', onChange);
}

function systemPrefersDark(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(QUERY).matches;
}

interface ThemeState {
  theme: ThemeName;
  preference: ThemePreference;
  setPreference: (p: ThemePreference) => void;
}

const ThemeContext = createContext<ThemeState>({
  theme: 'light',
  preference: 'auto',
  setPreference: () => undefined,
});

const listeners = new Set<() => void>();

function subscribePreference(onChange: () => void): () => void {
  listeners.add(onChange);
  window.addEventListener('popstate', onChange);
  window.addEventListener('storage', onChange);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener('popstate', onChange);
    window.removeEventListener('storage', onChange);
  };
}

/**
 * The reader's theme: from `?theme=`, then their stored choice. A surface that lives inside
 * someone else's page (an embed) takes only the address.
 */
function readPreference(embedded: boolean): ThemePreference {
  const fromUrl = parseThemePreference(new URLSearchParams(currentLocation().search).get('theme'));
  if (fromUrl) return fromUrl;
  return (embedded ? null : readStoredChoice(STORAGE_KEY, parseThemePreference)) ?? 'auto';
}

/**
 * The theme: the reader's preference, else the system's. A built page was made knowing neither,
 * so its markup (and the hydrating render) says "auto"; `public/boot.js` has already painted the
 * page in the right colours by then, and the switch catches up right after.
 */
export function ThemeProvider({ children }: { children: ReactNode }) {
  const embedded = useRoute().name === 'embed';
  const preference = useSyncExternalStore(
    subscribePreference,
    () => readPreference(embedded),
    () => 'auto' as const,
  );
  const dark = useSyncExternalStore(subscribeScheme, systemPrefersDark, () => false);
  const theme: ThemeName = preference === 'auto' ? (dark ? 'dark' : 'light') : preference;

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  const setPreference = useCallback((p: ThemePreference) => {
    storeChoice(STORAGE_KEY, p);
    if (new URLSearchParams(currentLocation().search).has('theme')) {
      updateSearch((params) => {
        params.delete('theme');
      });
    }
    listeners.forEach((l) => {
      l();
    });
  }, []);

  const value = useMemo(
    () => ({ theme, preference, setPreference }),
    [theme, preference, setPreference],
  );
  return <ThemeContext.Provider value={value}>{children}</ThemeContext.Provider>;
}

export function useTheme(): ThemeState {
  return useContext(ThemeContext);
}
