import { stripStop, type MilestonesText } from './text';

export const zh: MilestonesText = {
  title: (count, firstYear, recent, fromYear, toYear) =>
    `${firstYear}年以来${count}个重要节点，其中${recent}个发生在${fromYear}—${toYear}年`,
  subtitle:
    '哈中关系大事记：每个事件一行，按时间排列，每个主题一条线。行距相等，较长的时间间隔另有标注。',
  source: (publishers) => `来源：${publishers.join('；')}。`,
  figure: (label, value) => `${label}：${value}`,
  figures: (items) => items.join('；'),
  markLabel: (date, title, category, figures, source) =>
    `${date}：${title}（${category}）${figures ? `。${figures}` : ''}。来源：${source}。`,
  // No spaces to cut at, and each character is about twice as wide as a Latin letter.
  gap: (years) => `+${years}年`,
  columns: { date: '日期', category: '主题', event: '事件', source: '来源' },
  eventWithFigures: (title, figures) => `${title}（${figures}）`,
  caption: (firstYear, lastYear) => `${firstYear}—${lastYear}年哈中关系大事记`,
  supports: (date) => `${date}事件`,
  summaryEmpty: '暂无事件。',
  summarySpan: (count, fromDate, fromTitle, toDate, toTitle, themes) =>
    `时间线共收录${count}个事件，最早为“${stripStop(fromTitle)}”（${fromDate}），最近为“${stripStop(toTitle)}”（${toDate}）。按主题分：${themes.map((th) => `${th.label}${th.count}个`).join('、')}。`,
  summaryHighlight: (date, title) => `重点事件：${date}，${stripStop(title)}。`,
  summaryPlacement: '每个事件一行，按时间排列；相隔三年及以上的间隔另有标注。',
};
