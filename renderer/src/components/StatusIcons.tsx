import { svgIcon } from './Icons';

/** Status line icons (done, refresh, number, info), drawn like components/Icons.tsx at 16 px (decorative only). */
const SIZE = 16;

export const CheckCircleIcon = svgIcon([{ cx: 12, cy: 12, r: 9 }, 'm8 12.5 2.8 2.8L16.5 9.5'], SIZE);
export const RefreshIcon = svgIcon(['M20 11a8 8 0 0 0-14.9-3.5M4 4v4h4', 'M4 13a8 8 0 0 0 14.9 3.5M20 20v-4h-4'], SIZE);
export const HashIcon = svgIcon(['M9 4 7 20M17 4l-2 16M4.5 9h16M3.5 15h16'], SIZE);
export const InfoIcon = svgIcon([{ cx: 12, cy: 12, r: 9 }, 'M12 11v5.5M12 7.5v.01'], SIZE);
