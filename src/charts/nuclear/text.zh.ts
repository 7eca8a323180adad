import { formatNumber, formatPercent, listJoin } from '../../i18n/format';
import type { NuclearText } from './text';

const zhOrdinal = (n: number) => ['零', '一', '二', '三', '四', '五'][n] ?? String(n);

export const zh: NuclearText = {
  china: '中国',
  title: (label, cnnc) =>
    `哈萨克斯坦计划建设${label}核电站${
      cnnc.length > 0
        ? `，中核集团有望承建${listJoin(
            cnnc.map((n) => `第${String(n)}座`),
            'zh',
          )}`
        : ''
    }`,
  subtitle:
    '按总统给出的范围列出计划建设的核电站、各座核电站的牵头方、公投以来的进展，以及哈萨克斯坦对华供应的铀和核燃料。',
  source: (date, publishers) => `来源：${date}报道，援引阿克奥尔达；${publishers.join('；')}。`,
  sourced: (text, source) => `${text}。来源：${source}。`,
  sentences: (sentences) => sentences.filter(Boolean).join(''),
  quoted: (text) => `“${text}”`,
  yearRange: (from, to) => `${from}—${to}年`,
  plantsPlanned: '计划建设的核电站',
  plant: (ordinal) => `第${ordinal}座核电站`,
  plantIfThree: (ordinal) => `第${ordinal}座核电站（如建三座）`,
  siteLine: (name) => `厂址：${name}`,
  capacityGw: (value) => `${formatNumber(value, 2, 'zh')}吉瓦`,
  specs: (parts) => parts.join('，'),
  cost: (min, max) =>
    `至少${formatNumber(min * 10, 1, 'zh')}—${formatNumber(max * 10, 1, 'zh')}亿美元`,
  costLine: (cost) => `造价：${cost}`,
  completionLine: (years) => `建成时间：${years}`,
  leadFact: (lead, status) => `${lead}，${status}`,
  siteFact: (name) => `厂址${name}`,
  completionFact: (years) => `${years}建成`,
  facts: (facts) => facts.join('；'),
  plantMark: (ordinal, facts) => `第${ordinal}座核电站：${facts}`,
  rangeValue: (min, max) => `${min}—${max}座`,
  rangeMark: (label, min, max) => `计划建设核电站：${label}，即${min}至${max}座`,
  steps: '进展',
  stepFigure: (label, value) => `${label}：${value}`,
  stepMark: (when, label, figures) =>
    `${when}：${label}${figures.length ? `（${figures.join('，')}）` : ''}`,
  stepNote: (figures) => figures.join('；'),
  fuelHeading: '对华供应铀和燃料',
  supplierMark: (quote) => `托卡耶夫：“${quote}”`,
  translation: (text) => `（译文：${text}）`,
  supplierHeading: '铀和燃料',
  supplierValue: '哈萨克斯坦向中国供应',
  shareLabel: (year, approximate, percent) =>
    `${year}年全球铀开采量：哈萨克斯坦${approximate ? '约占' : '占'}${percent}`,
  restOfWorld: '世界其他地区',
  shareMark: (year, approximate, percent) =>
    `${year}年哈萨克斯坦在全球铀矿产量中的占比：${approximate ? '约' : ''}${percent}`,
  shareHeading: (year) => `${year}年全球铀产量`,
  shareValue: (approximate, percent) => `哈萨克斯坦${approximate ? '约占' : '占'}${percent}`,
  ownersLabel: (plant, opened) => `${plant}，${opened}投产：股东`,
  ownerPercent: (percent) => formatPercent(percent, 2, 'zh'),
  ownerShare: (owner, percent) => `${owner}${formatPercent(percent, 2, 'zh')}`,
  ownersMark: (plant, shares) => `${plant}股东：${shares.join('，')}`,
  ownersHeading: '燃料厂股东',
  ownersValue: (shares) => shares.join('；'),
  ownerCountry: (owner, country) => `${owner}（${country}）`,
  capacityFact: (tonnes) => `产能：${formatNumber(tonnes, 2, 'zh')}吨铀（tU）`,
  capacityHeading: '产能',
  exportsFact: (destination) => `其燃料组件${destination}`,
  exportsHeading: '出口',
  deliveriesFact: (count, asOf) => `截至${asOf}，已向中国交付${formatNumber(count, 2, 'zh')}批`,
  deliveriesHeading: '交付',
  caption: '核电：计划、牵头方、进展、铀和燃料',
  columns: { topic: '类别', item: '项目', value: '数值', source: '来源' },
  topicPlan: '计划',
  itemPlantsToBuild: '拟建核电站数量',
  planValue: (min, max, label) => `${min}—${max}座（“${label}”）`,
  itemLead: '牵头方',
  itemSite: '厂址',
  itemReactors: '反应堆',
  itemCapacity: '装机容量',
  itemCost: '造价',
  itemCompletion: '建成时间',
  topicStep: '进展',
  topicReferendum: '全民公投',
  topicUranium: '铀',
  itemWorldOutput: (year) => `${year}年全球铀矿产量`,
  worldOutputValue: (percent) => `哈萨克斯坦约占${percent}`,
  topicFuelPlant: '燃料厂',
  itemOwner: (owner) => `股东：${owner}`,
  capacityValue: (tonnes) => `${formatNumber(tonnes, 2, 'zh')}吨铀（tU）`,
  itemDeliveries: (asOf) => `截至${asOf}对华交付批次`,
  supportsRange: '计划建设核电站的数量范围',
  supportsRole: (partner) => `${partner}的角色`,
  supportsFuel: '铀和燃料供应',
  summaryPlan: (label, min, max) => `哈萨克斯坦已决定建设${label}核电站，即${min}至${max}座。`,
  summaryPlant: (ordinal, lead, status, site) =>
    `第${zhOrdinal(ordinal)}座核电站：${lead}，${status}${site ? `；厂址位于${site}` : ''}。`,
  summaryLeads: (plants) => `各座核电站的牵头方已经明确。${plants.join('')}`,
  summarySteps: (first, firstWhen, last, lastWhen) =>
    `进展始于${firstWhen}（${first}），延续至${lastWhen}（${last}）。`,
  summaryFuel: (percent, year, plant, owners, destination) =>
    `${year}年，哈萨克斯坦铀产量约占全球的${formatPercent(percent, 0, 'zh')}；${plant}由${owners.map((s) => `${s.owner}持股${formatPercent(s.percent, 2, 'zh')}`).join('、')}，其燃料组件${destination}。`,
};
