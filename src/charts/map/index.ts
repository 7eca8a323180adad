import { defineChart } from '../defineChart';
import type { MapText } from './text';

export const mapChart = defineChart({
  id: 'map',
  datasets: { places: 'places', trade: 'trade', geometry: 'geometry' },
  // trade.json only weighs the line between the capitals: without it, the map draws the rest.
  optional: ['trade'],
  names: {
    en: {
      name: 'Map',
      description:
        'Kazakhstan and China with the places that tie them, and a line whose weight follows trade',
    },
    ru: {
      name: 'Карта',
      description:
        'Казахстан и Китай с местами, которые их связывают, и линией, толщина которой следует за торговлей',
    },
    kk: {
      name: 'Карта',
      description:
        'Қазақстан мен Қытай, оларды байланыстыратын орындар және қалыңдығы сауданы көрсететін сызық',
    },
    zh: { name: '地图', description: '哈萨克斯坦与中国及连接两国的地点，连线粗细随贸易额变化' },
  },
  translations: {
    ru: () => import('./text.ru').then((m): MapText => m.ru),
    kk: () => import('./text.kk').then((m): MapText => m.kk),
    zh: () => import('./text.zh').then((m): MapText => m.zh),
  },
  load: () => import('./module').then((m) => m.mapModule),
  zoomable: true,
  layers: [
    {
      id: 'capitals',
      label: {
        en: 'Capitals and the visit city',
        ru: 'Столицы и город визита',
        kk: 'Астаналар және сапар қаласы',
        zh: '首都和访问城市',
      },
    },
    {
      id: 'crossings',
      label: {
        en: 'Border crossings',
        ru: 'Пограничные переходы',
        kk: 'Шекара өткелдері',
        zh: '边境口岸',
      },
    },
    {
      id: 'nuclear',
      label: {
        en: 'Nuclear plant site, fuel plant',
        ru: 'Площадка АЭС, топливный завод',
        kk: 'АЭС алаңы, отын зауыты',
        zh: '核电站厂址、核燃料厂',
      },
    },
    {
      id: 'education',
      label: {
        en: 'Education and culture',
        ru: 'Образование и культура',
        kk: 'Білім және мәдениет',
        zh: '教育与文化',
      },
    },
  ],
});
