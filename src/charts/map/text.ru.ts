import { ruPlural } from '../../i18n/russianPlural';
import { lowerFirst, period, type MapText } from './text';

export const ru: MapText = {
  title: (n, count) =>
    `${count} ${ruPlural(n, 'место', 'места', 'мест')}, ${ruPlural(n, 'связывающее', 'связывающих', 'связывающих')} Казахстан и Китай, — от пограничных переходов до учебных аудиторий`,
  subtitle:
    'Столицы, пограничные переходы, площадка АЭС и завод ядерного топлива, центры образования и культуры.',
  tradeMissing: 'Линия торговли не показана: её данные не удалось прочитать.',
  layers: {
    capitals: 'Столицы и город визита',
    crossings: 'Пограничные переходы',
    nuclear: 'Площадка АЭС, завод ядерного топлива',
    education: 'Образование и культура',
  },
  tradeLegend: 'Товарооборот (толщина линии)',
  countryLabels: { kz: 'КАЗАХСТАН', cn: 'КИТАЙ' },
  source:
    'Границы: Natural Earth (фактические; некоторые из них оспариваются). Места: географические справочники, только для размещения на карте; источники по каждому месту — в разделе «Об этих данных».',
  sourceTrade: (series, source) => ` Товарооборот: ${series}, ${period(source)}`,
  sourceName: (publisher, date) => `${publisher}, ${date}`,
  undated: 'без даты',
  unknownSource: 'источник не указан',
  tradeLabel: (year, value) => `Товарооборот в ${year} г.: ${value}`,
  tradeLabelShort: (year, value) => `${year} г.: ${value}`,
  feature: (label, date) => (date === undefined ? label : `${label} (${date})`),
  featureSeparator: '; ',
  placeMark: (name, features, source) => `${name}: ${features}. Источник: ${period(source)}`,
  tradeMark: (year, value, series, source) =>
    `Товарооборот между Казахстаном и Китаем в ${year} году: ${value} (${series}). Источник: ${period(source)}`,
  tradeHeading: (year) => `Товарооборот в ${year} году`,
  tradeNote: (series) => `${series}; чтобы выбрать другой год, отметьте его на графике «Торговля»`,
  caption: 'Места на карте и их роль в отношениях двух стран',
  columns: { place: 'Место', country: 'Страна', what: 'Что здесь находится', source: 'Источник' },
  countries: { kz: 'Казахстан', cn: 'Китай' },
  supports: (place, feature) => `${place}: ${feature}`,
  summary: {
    places: (n, count, layers) =>
      `На карте Казахстана и Китая ${ruPlural(n, 'отмечено', 'отмечены', 'отмечено')} ${count} ${ruPlural(n, 'место', 'места', 'мест')}, ${ruPlural(n, 'связывающее', 'связывающих', 'связывающих')} две страны: ${layers}.`,
    layer: (layer, places) => `${lowerFirst(layer)} — ${places}`,
    layerSeparator: '; ',
    trade: (value, year, series) =>
      `Толщина линии между Астаной и Пекином отражает объём товарооборота: ${value} в ${year} году (${series}).`,
    boundaries:
      'Границы нанесены по данным Natural Earth, где показаны фактические границы; некоторые из них оспариваются.',
    sentenceSeparator: ' ',
  },
};
