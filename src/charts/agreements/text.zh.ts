import { formatNumber } from '../../i18n/format';
import type { AgreementsText } from './text';

const zhN = (n: number) => formatNumber(n, 0, 'zh');

export const zh: AgreementsText = {
  title: (documents, date, sectors) =>
    `哈萨克斯坦与中国${date}签署${zhN(documents)}份文件，涉及${zhN(sectors)}个领域`,
  subtitle:
    '每个方块代表一份政府间或部门间文件。图中列出文件涉及的领域，但不标数量：各领域文件数量未予公布。',
  legend: {
    named: '报道点名提及',
    other: '未具体列出',
  },
  source: (date, publishers) =>
    `来源：${date}报道，援引阿克奥尔达${publishers.map((p) => `；${p}`).join('')}。领域的主题归类：本数据看板。`,
  plot: {
    documents: (n) => `${zhN(n)}份文件`,
    levelsSplit: (levels) => `${levels}：各级别文件数量未予公布。`,
    namedHeading: '点名提及（政府间层面）：',
    bullet: (title) => `• ${title}`,
    sectorsHeading: (sectors, themes) => `列出${zhN(sectors)}个领域，分属${zhN(themes)}个主题`,
  },
  marks: {
    namedLabel: (title, level, source) =>
      `${title}：报道中点名提及，在${level}层面签署。来源：${source}。`,
    signedAt: (level) => `在${level}层面签署`,
    totalLabel: (n, date, source) =>
      `${date}签署${zhN(n)}份文件，包括政府间和部门间文件。来源：${source}。`,
    totalHeading: (date) => `${date}签署的文件`,
    sectorLabel: (sector, theme) => `领域：${sector}（${theme}）。报道中列出；文件数量未予公布。`,
    sectorTheme: (theme) => `主题：${theme}`,
    sector: '领域',
    sectorNote: '报道提及这一领域；涉及该领域的文件数量未予公布。',
  },
  table: {
    caption: (date) => `${date}签署的文件：级别、领域及点名提及的协定`,
    columns: {
      item: '项目',
      group: '类别',
      documents: '文件数',
      source: '来源',
    },
    allDocuments: '签署文件总数',
    level: '级别',
    notPublished: '未公布',
    named: (level) => `点名提及，${level}`,
  },
  summary: {
    signed: (date, city, n, levels) =>
      `${date}，哈萨克斯坦和中国在${city}签署了${zhN(n)}份${levels}文件。`,
    sectors: (n, list) => `报道列出了这些文件涉及的${zhN(n)}个领域：${list}。`,
    group: (theme, sectors) => `${theme}（${sectors}）`,
    themes: (n, list) => `这些领域归入${zhN(n)}个主题：${list}。`,
    namedItem: (title) => `《${title}》`,
    named: (n, list) => `其中在政府间层面点名提及的有${zhN(n)}份：${list}。`,
    undisclosed: '文件在各级别和各领域之间如何分布未予公布，因此未显示相应数量。',
  },
};
