import { charts } from '../charts/registry';
import { Link } from './router';

export function NotFound({ what }: { what: string }) {
  return (
    <section className="not-found" aria-labelledby="not-found-title">
      <h1 id="not-found-title">Not found</h1>
      <p>{what}</p>
      <p>The charts are:</p>
      <ul>
        {charts.map((c) => (
          <li key={c.id}>
            <Link to={`/chart/${c.id}`}>{c.name}</Link>
          </li>
        ))}
      </ul>
      <p>
        <Link to="/">Back to the dashboard</Link>
      </p>
    </section>
  );
}
