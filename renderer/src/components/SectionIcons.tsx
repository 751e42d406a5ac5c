import { svgIcon } from './Icons';

/** Line icons of the trip page, drawn like components/Icons.tsx at 16 px (decorative only). */
const SIZE = 16;

export const ArrowUpIcon = svgIcon(['M12 19V5M6 11l6-6 6 6'], SIZE);
export const ArrowDownIcon = svgIcon(['M12 5v14M6 13l6 6 6-6'], SIZE);
export const ArrowLeftIcon = svgIcon(['M19 12H5M11 6l-6 6 6 6'], SIZE);
export const ArrowRightIcon = svgIcon(['M5 12h14M13 6l6 6-6 6'], SIZE);
export const RemoveIcon = svgIcon(
  ['M4 7h16M10 11v6M14 11v6', 'M6 7l1 12.5a1.5 1.5 0 0 0 1.5 1.5h7a1.5 1.5 0 0 0 1.5-1.5L18 7M9 7V4.5h6V7'],
  SIZE,
);
export const LuggageIcon = svgIcon(
  [{ x: 5, y: 7, width: 14, height: 12, rx: 2 }, 'M9 7V4.5h6V7M9 11v4M15 11v4M8 19v1.5M16 19v1.5'],
  SIZE,
);
export const CopyIcon = svgIcon(
  [{ x: 8, y: 8, width: 12, height: 12, rx: 2 }, 'M16 8V5.5A1.5 1.5 0 0 0 14.5 4h-9A1.5 1.5 0 0 0 4 5.5v9A1.5 1.5 0 0 0 5.5 16H8'],
  SIZE,
);
export const PinIcon = svgIcon(['M12 21s-6.5-5.6-6.5-11a6.5 6.5 0 0 1 13 0c0 5.4-6.5 11-6.5 11z', { cx: 12, cy: 10, r: 2.3 }], SIZE);
export const BuildingIcon = svgIcon(['M4 20.5h16M6 20.5V9.5l6-4.5 6 4.5v11', 'M10 20.5v-4h4v4M9.5 11.5h.01M14.5 11.5h.01'], SIZE);
export const MicIcon = svgIcon([{ x: 9, y: 3.5, width: 6, height: 11, rx: 3 }, 'M5.5 11a6.5 6.5 0 0 0 13 0M12 17.5V21'], SIZE);
export const NoteIcon = svgIcon(['M6 3.5h9l3.5 3.5v13.5H6z', 'M9 11h6M9 14.5h6M9 18h3.5'], SIZE);
export const PhoneIcon = svgIcon(
  ['M6.5 3.5h3l1.5 4-2 1.3a11 11 0 0 0 6.2 6.2l1.3-2 4 1.5v3a2 2 0 0 1-2 2A16.5 16.5 0 0 1 4.5 5.5a2 2 0 0 1 2-2z'],
  SIZE,
);
