import { zh as agreements } from '../../charts/agreements/text.zh';
import { zh as map } from '../../charts/map/text.zh';
import { zh as milestones } from '../../charts/milestones/text.zh';
import { zh as nuclear } from '../../charts/nuclear/text.zh';
import { zh as trade } from '../../charts/trade/text.zh';
import type { ChartTexts } from '../chartTexts';

export const texts: ChartTexts = { trade, agreements, nuclear, map, milestones };
