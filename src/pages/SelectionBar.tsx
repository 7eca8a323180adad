import { useQuery } from '@tanstack/react-query';
import { useLanguage } from '../state/language';
import { dataTextsQuery } from '../queries/dataTexts';
import { useT } from '../state/useT';
import { datasetQuery } from '../queries/datasets';
import { updateSelection, useSelection } from '../state/selection';
import { isEmpty } from '../figure/selection';

/** What is highlighted across the charts, each with a way to clear it. */
export function SelectionBar() {
  const selection = useSelection();
  const t = useT();
  const { lang } = useLanguage();
  // The names of what is highlighted: read only when something is.
  const enabled = !isEmpty(selection);
  const words = useQuery({ ...dataTextsQuery(lang), enabled }).data ?? {};
  const agreements = useQuery({ ...datasetQuery('agreements'), enabled });
  const places = useQuery({ ...datasetQuery('places'), enabled });
  const items: { key: 'sector' | 'year' | 'place'; label: string }[] = [];
  if (selection.sector !== undefined) {
    const name =
      words[`agreements.sectors.items.${selection.sector}.label`] ??
      agreements.data?.sectors.items.find((s) => s.id === selection.sector)?.label;
    items.push({ key: 'sector', label: t.sectorChip(name ?? selection.sector) });
  }
  if (selection.year !== undefined) items.push({ key: 'year', label: t.yearChip(selection.year) });
  if (selection.place !== undefined) {
    const name =
      words[`places.places.${selection.place}.name`] ??
      places.data?.places.find((p) => p.id === selection.place)?.name;
    items.push({ key: 'place', label: t.placeChip(name ?? selection.place) });
  }
  return (
    <div
      className={`selection-bar js-only${isEmpty(selection) ? '' : ' active'}`}
      aria-live="polite"
    >
      {isEmpty(selection) ? (
        <p className="selection-hint">{t.selectionHint}</p>
      ) : (
        <>
          <span className="selection-title">{t.highlighting}</span>
          {items.map((item) => (
            <button
              key={item.key}
              type="button"
              className="chip"
              onClick={() => updateSelection({ [item.key]: undefined })}
            >
              {item.label}
              <span aria-hidden="true"> ×</span>
              <span className="visually-hidden"> {t.clearOne}</span>
            </button>
          ))}
          {selection.sector !== undefined && <p className="selection-note">{t.sectorLinksNote}</p>}
          {items.length > 1 && (
            <button
              type="button"
              className="button ghost"
              onClick={() =>
                updateSelection({ sector: undefined, year: undefined, place: undefined })
              }
            >
              {t.clearAll}
            </button>
          )}
        </>
      )}
    </div>
  );
}
