import { ru as agreements } from '../../charts/agreements/text.ru';
import { ru as map } from '../../charts/map/text.ru';
import { ru as milestones } from '../../charts/milestones/text.ru';
import { ru as nuclear } from '../../charts/nuclear/text.ru';
import { ru as trade } from '../../charts/trade/text.ru';
import type { ChartTexts } from '../chartTexts';

export const texts: ChartTexts = { trade, agreements, nuclear, map, milestones };
