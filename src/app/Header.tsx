import { Link } from './router';
import { parseThemePreference, useTheme } from './theme';

export function Header() {
  const { preference, setPreference } = useTheme();
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
          <a href="#about">About</a>
        </nav>
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
