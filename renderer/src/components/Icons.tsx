import type { ReactElement, ReactNode } from 'react';

/** Small line icons drawn inline (no icon font, nothing fetched). Decorative only. */
export function Svg({ children, size = 18 }: { children: ReactNode; size?: number }) {
  return (
    <svg
      className="icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.75}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

/** One part of an icon: a path's `d`, a circle or a rounded rectangle. */
export type IconShape =
  | string
  | { cx: number; cy: number; r: number }
  | { x: number; y: number; width: number; height: number; rx: number };

export type IconComponent = (p: { size?: number }) => ReactElement;

/** An icon component from its shapes, drawn at `defaultSize` unless the caller gives a size. */
export function svgIcon(shapes: readonly IconShape[], defaultSize = 18): IconComponent {
  return function Icon({ size = defaultSize }: { size?: number }) {
    return (
      <Svg size={size}>
        {shapes.map((s, i) =>
          typeof s === 'string' ? <path key={i} d={s} /> : 'r' in s ? <circle key={i} {...s} /> : <rect key={i} {...s} />,
        )}
      </Svg>
    );
  };
}

const SETTINGS_COG =
  'M19.4 15a1.7 1.7 0 0 0 .3 1.8l.1.1a2 2 0 1 1-2.8 2.8l-.1-.1a1.7 1.7 0 0 0-1.8-.3 1.7 1.7 0 0 0-1 1.5V21a2 2 0 1 1-4 0v-.1a1.7 1.7 0 0 0-1.1-1.5 1.7 1.7 0 0 0-1.8.3l-.1.1a2 2 0 1 1-2.8-2.8l.1-.1a1.7 1.7 0 0 0 .3-1.8 1.7 1.7 0 0 0-1.5-1H3a2 2 0 1 1 0-4h.1a1.7 1.7 0 0 0 1.5-1.1 1.7 1.7 0 0 0-.3-1.8l-.1-.1a2 2 0 1 1 2.8-2.8l.1.1a1.7 1.7 0 0 0 1.8.3H9a1.7 1.7 0 0 0 1-1.5V3a2 2 0 1 1 4 0v.1a1.7 1.7 0 0 0 1 1.5 1.7 1.7 0 0 0 1.8-.3l.1-.1a2 2 0 1 1 2.8 2.8l-.1.1a1.7 1.7 0 0 0-.3 1.8V9a1.7 1.7 0 0 0 1.5 1H21a2 2 0 1 1 0 4h-.1a1.7 1.7 0 0 0-1.5 1z';

export const TripsIcon = svgIcon(['M3 7.5 9 5l6 2.5L21 5v11.5L15 19l-6-2.5L3 19z', 'M9 5v11.5M15 7.5V19']);
export const DirectoryIcon = svgIcon([
  { cx: 9, cy: 8, r: 3.25 },
  'M3.5 19c.6-3.1 2.8-5 5.5-5s4.9 1.9 5.5 5',
  'M15.5 5.2a3.25 3.25 0 0 1 0 5.6M17.5 14.4c1.6.7 2.7 2.3 3 4.6',
]);
export const FollowupsIcon = svgIcon(['M9 6h11M9 12h11M9 18h11', 'm3.5 6 1.2 1.2L7 4.8M3.5 12l1.2 1.2L7 10.8', { cx: 5, cy: 18, r: 1.2 }]);
export const SettingsIcon = svgIcon([{ cx: 12, cy: 12, r: 3 }, SETTINGS_COG]);
export const TrashIcon = svgIcon(['M4 7h16M10 11v6M14 11v6', 'M6 7l1 12a2 2 0 0 0 2 2h6a2 2 0 0 0 2-2l1-12M9 7V4h6v3']);
export const PlusIcon = svgIcon(['M12 5v14M5 12h14']);
export const CalendarIcon = svgIcon([{ x: 3.5, y: 5, width: 17, height: 15, rx: 2 }, 'M3.5 10h17M8 3v4M16 3v4']);
export const CloseIcon = svgIcon(['M6 6l12 12M18 6 6 18']);
export const ChevronIcon = svgIcon(['m9 6 6 6-6 6']);
export const AlertIcon = svgIcon([{ cx: 12, cy: 12, r: 9 }, 'M12 7.5v5.5M12 16.5v.01']);
export const MembersIcon = DirectoryIcon;
export const AgendaIcon = CalendarIcon;
export const ResultsIcon = svgIcon([
  'M9 18h6M10 21h4',
  'M12 3a6 6 0 0 0-3.5 10.9c.6.4 1 1.1 1 1.8V16h5v-.3c0-.7.4-1.4 1-1.8A6 6 0 0 0 12 3z',
]);
export const SearchIcon = svgIcon([{ cx: 11, cy: 11, r: 6.5 }, 'm20 20-4.2-4.2']);
export const DocumentsIcon = svgIcon(['M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8z', 'M14 3v5h5M9 13h6M9 17h4']);
