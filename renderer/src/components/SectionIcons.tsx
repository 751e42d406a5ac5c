import type { ReactNode } from 'react';
import { Svg as BaseSvg } from './Icons';

/** Line icons of the trip page, drawn like components/Icons.tsx (decorative only). */
function Svg({ children, size = 16 }: { children: ReactNode; size?: number }) {
  return <BaseSvg size={size}>{children}</BaseSvg>;
}

export const ArrowUpIcon = (p: { size?: number }) => (
  <Svg {...p}>
    <path d="M12 19V5M6 11l6-6 6 6" />
  </Svg>
);

export const ArrowDownIcon = (p: { size?: number }) => (
  <Svg {...p}>
    <path d="M12 5v14M6 13l6 6 6-6" />
  </Svg>
);

export const ArrowLeftIcon = (p: { size?: number }) => (
  <Svg {...p}>
    <path d="M19 12H5M11 6l-6 6 6 6" />
  </Svg>
);

export const ArrowRightIcon = (p: { size?: number }) => (
  <Svg {...p}>
    <path d="M5 12h14M13 6l6 6-6 6" />
  </Svg>
);

export const RemoveIcon = (p: { size?: number }) => (
  <Svg {...p}>
    <path d="M4 7h16M10 11v6M14 11v6" />
    <path d="M6 7l1 12.5a1.5 1.5 0 0 0 1.5 1.5h7a1.5 1.5 0 0 0 1.5-1.5L18 7M9 7V4.5h6V7" />
  </Svg>
);

export const LuggageIcon = (p: { size?: number }) => (
  <Svg {...p}>
    <rect x="5" y="7" width="14" height="12" rx="2" />
    <path d="M9 7V4.5h6V7M9 11v4M15 11v4M8 19v1.5M16 19v1.5" />
  </Svg>
);

export const CopyIcon = (p: { size?: number }) => (
  <Svg {...p}>
    <rect x="8" y="8" width="12" height="12" rx="2" />
    <path d="M16 8V5.5A1.5 1.5 0 0 0 14.5 4h-9A1.5 1.5 0 0 0 4 5.5v9A1.5 1.5 0 0 0 5.5 16H8" />
  </Svg>
);

export const PinIcon = (p: { size?: number }) => (
  <Svg {...p}>
    <path d="M12 21s-6.5-5.6-6.5-11a6.5 6.5 0 0 1 13 0c0 5.4-6.5 11-6.5 11z" />
    <circle cx="12" cy="10" r="2.3" />
  </Svg>
);

export const BuildingIcon = (p: { size?: number }) => (
  <Svg {...p}>
    <path d="M4 20.5h16M6 20.5V9.5l6-4.5 6 4.5v11" />
    <path d="M10 20.5v-4h4v4M9.5 11.5h.01M14.5 11.5h.01" />
  </Svg>
);

export const MicIcon = (p: { size?: number }) => (
  <Svg {...p}>
    <rect x="9" y="3.5" width="6" height="11" rx="3" />
    <path d="M5.5 11a6.5 6.5 0 0 0 13 0M12 17.5V21" />
  </Svg>
);

export const NoteIcon = (p: { size?: number }) => (
  <Svg {...p}>
    <path d="M6 3.5h9l3.5 3.5v13.5H6z" />
    <path d="M9 11h6M9 14.5h6M9 18h3.5" />
  </Svg>
);

export const PhoneIcon = (p: { size?: number }) => (
  <Svg {...p}>
    <path d="M6.5 3.5h3l1.5 4-2 1.3a11 11 0 0 0 6.2 6.2l1.3-2 4 1.5v3a2 2 0 0 1-2 2A16.5 16.5 0 0 1 4.5 5.5a2 2 0 0 1 2-2z" />
  </Svg>
);
