import { useT } from '../state/useT';
import { useLanguage } from '../state/language';
import { charts } from '../charts/registry';
import { Link } from '../state/router';

export function NotFound({ what }: { what: string }) {
  const t = useT();
  const { lang } = useLanguage();
  return (
    <section className="not-found" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t.notFound}</h1>
      <p>{what}</p>
      <p>{t.theChartsAre}</p>
      <ul>
        {charts.map((c) => (
          <li key={c.id}>
            <Link to={`/chart/${c.id}`}>{c.names[lang].name}</Link>
          </li>
        ))}
      </ul>
      <p>
        <Link to="/">{t.backToDashboard}</Link>
      </p>
    </section>
  );
}
