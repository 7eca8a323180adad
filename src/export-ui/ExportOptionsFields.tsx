import { useT } from '../state/useT';
import {
  PNG_SCALES,
  SIZE_PRESETS,
  type ExportOptions,
  type ExportTheme,
  type SizePreset,
} from '../export/options';

interface Props {
  options: ExportOptions;
  /** The figure's width on screen, for "as shown". */
  width: number;
  onChange: (patch: Partial<ExportOptions>) => void;
}

/** The Export menu's options: size, PNG scale, theme, title and source line. */
export function ExportOptionsFields({ options, width, onChange: setOptions }: Props) {
  const t = useT();
  return (
    <fieldset className="export-options">
      <legend>{t.exportOptions}</legend>
      <label>
        {t.exportSize}
        <select
          value={options.size}
          onChange={(e) => setOptions({ size: e.target.value as SizePreset })}
        >
          <option value="shown">{t.sizeAsShown(width)}</option>
          {Object.entries(SIZE_PRESETS).map(([key, p]) => (
            <option key={key} value={key}>
              {t.sizePreset[key as keyof typeof SIZE_PRESETS](p.width, p.height)}
            </option>
          ))}
          <option value="custom">{t.sizeCustom}</option>
        </select>
      </label>
      {options.size === 'custom' && (
        <span className="export-custom">
          <PixelField
            label={t.exportWidth}
            value={options.width}
            onChange={(width) => setOptions({ width })}
          />
          <PixelField
            label={t.exportHeight}
            value={options.height}
            onChange={(height) => setOptions({ height })}
          />
        </span>
      )}
      <label>
        {t.pngScale}
        <select
          value={options.scale}
          onChange={(e) => setOptions({ scale: Number(e.target.value) })}
        >
          {PNG_SCALES.map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.exportTheme}
        <select
          value={options.theme}
          onChange={(e) => setOptions({ theme: e.target.value as ExportTheme })}
        >
          <option value="light">{t.themeLight}</option>
          <option value="dark">{t.themeDark}</option>
          <option value="transparent">{t.transparentBackground}</option>
        </select>
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={options.title}
          onChange={(e) => setOptions({ title: e.target.checked })}
        />
        {t.exportTitle}
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={options.source}
          onChange={(e) => setOptions({ source: e.target.checked })}
        />
        {t.exportSourceLine}
      </label>
    </fieldset>
  );
}

/** A size in px; an empty or half-typed field is NaN, which the export refuses with a message. */
function PixelField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: number;
  onChange: (value: number) => void;
}) {
  return (
    <label>
      {label}
      <input
        type="number"
        inputMode="numeric"
        value={Number.isFinite(value) ? value : ''}
        onChange={(e) => onChange(e.target.valueAsNumber)}
      />
    </label>
  );
}
