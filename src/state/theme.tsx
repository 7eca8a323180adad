import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import type { ThemeName } from '../figure/palette';
import { currentLocation, updateSearch } from './router';
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

/**
 * The theme: from `?theme=`, then the reader's stored choice, then the system's. A surface that
 * lives inside someone else's page (an embed, a slide) takes only the URL and the system.
 */
export function ThemeProvider({
  children,
  embedded = false,
}: {
  children: ReactNode;
  embedded?: boolean;
}) {
  const [preference, setPreferenceState] = useState<ThemePreference>(() => {
    const fromUrl = parseThemePreference(
      new URLSearchParams(currentLocation().search).get('theme'),
    );
    return (
      fromUrl ?? (embedded ? null : readStoredChoice(STORAGE_KEY, parseThemePreference)) ?? 'auto'
    );
  });
  const dark = useSyncExternalStore(subscribeScheme, systemPrefersDark, () => false);
  const theme: ThemeName = preference === 'auto' ? (dark ? 'dark' : 'light') : preference;

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.style.colorScheme = theme;
  }, [theme]);

  const setPreference = useCallback((p: ThemePreference) => {
    setPreferenceState(p);
    storeChoice(STORAGE_KEY, p);
    if (new URLSearchParams(currentLocation().search).has('theme')) {
      updateSearch((params) => {
        params.delete('theme');
      });
    }
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
