import { kk as agreements } from '../../charts/agreements/text.kk';
import { kk as map } from '../../charts/map/text.kk';
import { kk as milestones } from '../../charts/milestones/text.kk';
import { kk as nuclear } from '../../charts/nuclear/text.kk';
import { kk as trade } from '../../charts/trade/text.kk';
import type { ChartTexts } from '../chartTexts';

export const texts: ChartTexts = { trade, agreements, nuclear, map, milestones };
