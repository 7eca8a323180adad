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

export type ThemePreference = 'auto' | ThemeName;

const STORAGE_KEY = 'kzcn-theme';
const QUERY = '(prefers-color-scheme: dark)';

/** Only known values are taken from the URL or storage; anything else means "auto". */
export function parseThemePreference(value: string | null | undefined): ThemePreference | null {
  return value === 'light' || value === 'dark' || value === 'auto' ? value : null;
}

function readStored(): ThemePreference | null {
  try {
    return parseThemePreference(window.localStorage.getItem(STORAGE_KEY));
  } catch {
    return null;
  }
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

export function ThemeProvider({ children }: { children: ReactNode }) {
  const [preference, setPreferenceState] = useState<ThemePreference>(() => {
    const fromUrl = parseThemePreference(new URLSearchParams(window.location.search).get('theme'));
    return fromUrl ?? readStored() ?? 'auto';
  });
  const dark = useSyncExternalStore(subscribeScheme, systemPrefersDark, () => false);
  const theme: ThemeName = preference === 'auto' ? (dark ? 'dark' : 'light') : preference;

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.style.colorScheme = theme;
  }, [theme]);

  const setPreference = useCallback((p: ThemePreference) => {
    setPreferenceState(p);
    try {
      window.localStorage.setItem(STORAGE_KEY, p);
    } catch {
      // Storage may be blocked; the choice then lasts for this page only.
    }
    const url = new URL(window.location.href);
    if (url.searchParams.has('theme')) {
      url.searchParams.delete('theme');
      window.history.replaceState(null, '', url);
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
