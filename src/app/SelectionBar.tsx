import { useQuery } from '@tanstack/react-query';
import { agreementsQuery, placesQuery } from '../queries/datasets';
import { isEmpty, updateSelection, useSelection } from './selection';

/** What is highlighted across the charts, each with a way to clear it. */
export function SelectionBar() {
  const selection = useSelection();
  const agreements = useQuery(agreementsQuery);
  const places = useQuery(placesQuery);
  const items: { key: 'sector' | 'year' | 'place'; label: string }[] = [];
  if (selection.sector !== undefined) {
    const name = agreements.data?.sectors.items.find((s) => s.id === selection.sector)?.label;
    items.push({ key: 'sector', label: `Sector: ${name ?? selection.sector}` });
  }
  if (selection.year !== undefined) items.push({ key: 'year', label: `Year: ${selection.year}` });
  if (selection.place !== undefined) {
    const name = places.data?.places.find((p) => p.id === selection.place)?.name;
    items.push({ key: 'place', label: `Place: ${name ?? selection.place}` });
  }
  return (
    <div className={`selection-bar${isEmpty(selection) ? '' : ' active'}`} aria-live="polite">
      {isEmpty(selection) ? (
        <p className="selection-hint">
          Pick a sector, a year or a place in any chart to highlight it in the others.
        </p>
      ) : (
        <>
          <span className="selection-title">Highlighting</span>
          {items.map((item) => (
            <button
              key={item.key}
              type="button"
              className="chip"
              onClick={() => updateSelection({ [item.key]: undefined })}
            >
              {item.label}
              <span aria-hidden="true"> ×</span>
              <span className="visually-hidden"> (clear)</span>
            </button>
          ))}
          {items.length > 1 && (
            <button
              type="button"
              className="button ghost"
              onClick={() =>
                updateSelection({ sector: undefined, year: undefined, place: undefined })
              }
            >
              Clear all
            </button>
          )}
        </>
      )}
    </div>
  );
}
