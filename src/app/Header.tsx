import { LANGUAGE_NAMES, LANGUAGES, parseLanguage } from '../i18n/languages';
import { useT } from '../state/useT';
import { useLanguage } from '../state/language';
import { Link } from '../state/router';
import { parseThemePreference, useTheme } from '../state/theme';

export function Header() {
  const { preference, setPreference } = useTheme();
  const { lang, setLang } = useLanguage();
  const t = useT();
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link to="/" className="site-title">
          <span className="flag-mark" aria-hidden="true">
            <span className="kz" />
            <span className="cn" />
          </span>
          {t.siteTitle}
        </Link>
        <nav aria-label={t.navLabel}>
          <Link to="/">{t.navDashboard}</Link>
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
            {t.navAbout}
          </a>
        </nav>
        <label className="theme-switch js-only">
          <span>{t.language}</span>
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
        <label className="theme-switch js-only">
          <span>{t.theme}</span>
          <select
            value={preference}
            onChange={(e) => setPreference(parseThemePreference(e.target.value) ?? 'auto')}
          >
            <option value="auto">{t.themeAuto}</option>
            <option value="light">{t.themeLight}</option>
            <option value="dark">{t.themeDark}</option>
          </select>
        </label>
      </div>
    </header>
  );
}
