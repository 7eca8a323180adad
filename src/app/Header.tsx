import { LANGUAGE_NAMES, LANGUAGES, parseLanguage } from '../i18n/languages';
import { useLanguage } from '../i18n/LanguageProvider';
import { Link } from './router';
import { parseThemePreference, useTheme } from './theme';

export function Header() {
  const { preference, setPreference } = useTheme();
  const { lang, setLang } = useLanguage();
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link to="/" className="site-title">
          <span className="flag-mark" aria-hidden="true">
            <span className="kz" />
            <span className="cn" />
          </span>
          Kazakhstan–China Ties
        </Link>
        <nav aria-label="Site">
          <Link to="/">Dashboard</Link>
          <a
            href="#about"
            onClick={(e) => {
              // Scroll without touching the address: in the single file the hash is the route.
              const about = document.getElementById('about');
              if (!about) return;
              e.preventDefault();
              about.scrollIntoView();
              about.focus({ preventScroll: true });
            }}
          >
            About
          </a>
        </nav>
        <label className="theme-switch">
          <span>Language</span>
          <select
            value={lang}
            onChange={(e) => {
              const next = parseLanguage(e.target.value);
              if (next) setLang(next);
            }}
          >
            {LANGUAGES.map((l) => (
              <option key={l} value={l} lang={l === 'zh' ? 'zh-Hans' : l}>
                {LANGUAGE_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
        <label className="theme-switch">
          <span>Theme</span>
          <select
            value={preference}
            onChange={(e) => setPreference(parseThemePreference(e.target.value) ?? 'auto')}
          >
            <option value="auto">Auto</option>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </label>
      </div>
    </header>
  );
}
