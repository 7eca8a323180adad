import type { MapText } from './text';

export const zh: MapText = {
  title: (_n, count) => `连接哈萨克斯坦与中国的${count}个地点：从边境口岸到课堂`,
  subtitle: '首都、边境口岸、核电站厂址和核燃料厂，以及教育与文化中心。',
  tradeMissing: '贸易连线未显示：其数据无法读取。',
  layers: {
    capitals: '首都和访问城市',
    crossings: '边境口岸',
    nuclear: '核电站厂址、核燃料厂',
    education: '教育与文化',
  },
  tradeLegend: '贸易额（线条粗细）',
  countryLabels: { kz: '哈萨克斯坦', cn: '中国' },
  source:
    '边界：Natural Earth（实际边界，部分存在争议）。地点：地名录，仅用于标注位置；各地点的来源见“关于此数据”。',
  sourceTrade: (series, source) => `贸易额：${series}，${source}。`,
  sourceName: (publisher, date) => `${publisher}，${date}`,
  undated: '日期不详',
  unknownSource: '来源不详',
  tradeLabel: (year, value) => `${year}年贸易额：${value}`,
  tradeLabelShort: (year, value) => `${year}年：${value}`,
  feature: (label, date) => (date === undefined ? label : `${label}（${date}）`),
  featureSeparator: '；',
  placeMark: (name, features, source) => `${name}：${features}。来源：${source}。`,
  tradeMark: (year, value, series, source) =>
    `${year}年哈萨克斯坦与中国贸易额：${value}（${series}）。来源：${source}。`,
  tradeHeading: (year) => `${year}年贸易额`,
  tradeNote: (series) => `${series}；在“贸易”图表中选择年份即可更改`,
  caption: '地图上的地点及其与两国关系的联系',
  columns: { place: '地点', country: '国家', what: '简介', source: '来源' },
  countries: { kz: '哈萨克斯坦', cn: '中国' },
  supports: (place, feature) => `${place}：${feature}`,
  summary: {
    places: (_n, count, layers) =>
      `这幅哈萨克斯坦和中国地图标出了连接两国的${count}个地点：${layers}。`,
    layer: (layer, places) => `${layer}（${places}）`,
    layerSeparator: '；',
    trade: (value, year, series) =>
      `阿斯塔纳与北京之间连线的粗细反映贸易额：${year}年为${value}（${series}）。`,
    boundaries: '边界数据来自Natural Earth，标示的是实际边界，部分边界存在争议。',
    sentenceSeparator: '',
  },
};
