import { lowerFirst, stripStop, type MilestonesText } from './text';

export const kk: MilestonesText = {
  title: (count, firstYear, recent, fromYear, toYear) =>
    `${firstYear} жылдан бері ${count} маңызды оқиға, оның ішінде ${fromYear}–${toYear} жылдары — ${recent}`,
  subtitle:
    'Қазақстан мен Қытай қатынастарындағы күні белгілі оқиғалар: әр оқиғаға уақыт ретімен бір жол, әр тақырыпқа бір сызық. Жолдар бірдей қадаммен орналасқан, ұзақ үзілістер белгіленген.',
  source: (publishers) =>
    `${publishers.length > 1 ? 'Дереккөздер' : 'Дереккөз'}: ${publishers.join('; ')}.`,
  figure: (label, value) => `${label}: ${value}`,
  figures: (items) => items.join('; '),
  markLabel: (date, title, category, figures, source) =>
    `${date}: ${title} (${category})${figures ? `. ${figures}` : ''}. Дереккөз: ${source}.`,
  gap: (years) => `+${years} жыл`,
  columns: { date: 'Күні', category: 'Тақырып', event: 'Оқиға', source: 'Дереккөз' },
  eventWithFigures: (title, figures) => `${title} (${figures})`,
  caption: (firstYear, lastYear) =>
    `Қазақстан мен Қытай қатынастарының маңызды кезеңдері, ${firstYear}–${lastYear} жылдар`,
  supports: (date) => `оқиға (${date})`,
  summaryEmpty: 'Оқиғалар жоқ.',
  summarySpan: (count, fromDate, fromTitle, toDate, toTitle, themes) =>
    `Хронологияда ${count} оқиға бар: алғашқысы — «${stripStop(fromTitle)}» (${fromDate}), соңғысы — «${stripStop(toTitle)}» (${toDate}). Тақырыптар бойынша: ${themes.map((th) => `${lowerFirst(th.label)} — ${th.count}`).join(', ')}.`,
  summaryHighlight: (date, title) => `Ерекше белгіленген оқиға, ${date}: «${stripStop(title)}».`,
  summaryPlacement:
    'Әр оқиға — уақыт ретімен жеке жол; үш жыл және одан ұзақ үзілістер белгіленген.',
};
