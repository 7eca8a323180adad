import { LANGUAGE_NAMES, LANGUAGES, parseLanguage } from '../i18n/languages';
import { useT } from '../state/useT';
import { useLanguage } from '../state/language';
import { href, Link, navigate, routePath, useLocation } from '../state/router';
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
          <AboutLink label={t.navAbout} />
        </nav>
        <label className="theme-switch js-only">
          <span>{t.language}</span>
          <select
            name="lang"
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
            name="theme"
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

function showAbout(): boolean {
  const about = document.getElementById('about');
  if (!about) return false;
  about.scrollIntoView();
  about.focus({ preventScroll: true });
  return true;
}

/**
 * "About" is a section of the dashboard: there, it scrolls to it without touching the address
 * (in the single file the hash is the route); from any other page, it goes to the dashboard first.
 */
function AboutLink({ label }: { label: string }) {
  const { search } = useLocation();
  const onDashboard = routePath() === '/';
  return (
    <a
      href={onDashboard ? '#about' : `${href('/', search)}#about`}
      onClick={(e) => {
        if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        if (showAbout()) return;
        navigate('/', search);
        // The dashboard draws on the next frames; the section is there once it has.
        let frames = 0;
        const wait = () => {
          if (!showAbout() && ++frames < 120) requestAnimationFrame(wait);
        };
        requestAnimationFrame(wait);
      }}
    >
      {label}
    </a>
  );
}
