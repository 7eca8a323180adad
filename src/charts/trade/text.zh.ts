import { formatPartialDate } from '../../i18n/format';
import type { TradeText } from './text';

export const zh: TradeText = {
  title: (year, record) => `${year}年中哈贸易额达到${record}`,
  subtitle: (unit) =>
    `货物贸易额（${unit}），按双方各自公布的数据列示。中国海关数据高于哈萨克斯坦统计数据，因此两组数据分开显示，从不合并。没有来源数据的年份留空。`,
  legendRecord: '纪录（据报道）',
  source: (publishers, record) => `来源：${publishers.join('；')}。纪录：${record}。`,
  recordArticle: (date) =>
    date === null
      ? '日期不详的报道（援引阿克奥尔达）'
      : `${formatPartialDate(date, 'zh')}报道（援引阿克奥尔达）`,
  gapLabel: (diff) => `相差${diff}`,
  growth: {
    rise: (pct, year) => `较${year}年增长${pct}`,
    fall: (pct, year) => `较${year}年下降${pct}`,
    unchanged: (year) => `与${year}年持平`,
  },
  headlineLabel: (value) => `纪录：${value}`,
  markLabel: (series, year, value, source) => `${series}，${year}年：${value}。来源：${source}。`,
  tooltipHeading: (series, year) => `${series}，${year}年`,
  roundedNote: '约数（“近”）',
  otherReport: (value, source) => `另一来源为${value}（${source}）`,
  otherReportRow: (series) => `${series}（另一来源）`,
  recordMarkLabel: (year, value, source) =>
    `${year}年纪录：${value}（报道原文表述）。来源：${source}。`,
  recordHeading: (year) => `${year}年纪录`,
  columns: {
    year: '年份',
    series: '数据系列',
    value: (unit) => `贸易额（${unit}）`,
    source: '来源',
  },
  recordRow: '纪录（据报道，约数）',
  caption: (unit) => `中哈历年贸易额（${unit}），按双方各自公布的数据`,
  supports: (year) => `${year}年纪录`,
  reporter: { China: '中国', Kazakhstan: '哈萨克斯坦' },
  change: {
    up: '有所增长',
    unchanged: '持平',
    rise: (pct) => `增长${pct}`,
    fall: (pct) => `下降${pct}`,
  },
  summary: {
    only: (series, value, year) => `${series}仅有${year}年数据，为${value}。`,
    span: (series, last, lastYear, change, first, firstYear) =>
      `${series}数据显示，${lastYear}年为${last}，较有数据的最早年份${firstYear}年的${first}${change}。`,
    gap: (year, higher, lower, diff) =>
      `${year}年是双方均有数据的最近一年，当年${higher}的数据比${lower}高${diff}；两组数据分开列示，从不合并。`,
    article: (date, year, record) =>
      `${date === null ? '报道称' : `${formatPartialDate(date, 'zh')}的报道称`}，${year}年贸易额达到${record}。`,
    gaps: '没有来源数据的年份留空。',
    join: '',
  },
};
