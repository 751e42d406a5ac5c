import type { ReactNode } from 'react';
import { Svg as BaseSvg } from './Icons';

/** Status line icons (done, refresh, number, info), drawn like components/Icons.tsx (decorative only). */
function Svg({ children, size = 16 }: { children: ReactNode; size?: number }) {
  return <BaseSvg size={size}>{children}</BaseSvg>;
}

export const CheckCircleIcon = (p: { size?: number }) => (
  <Svg {...p}>
    <circle cx="12" cy="12" r="9" />
    <path d="m8 12.5 2.8 2.8L16.5 9.5" />
  </Svg>
);

export const RefreshIcon = (p: { size?: number }) => (
  <Svg {...p}>
    <path d="M20 11a8 8 0 0 0-14.9-3.5M4 4v4h4" />
    <path d="M4 13a8 8 0 0 0 14.9 3.5M20 20v-4h-4" />
  </Svg>
);

export const HashIcon = (p: { size?: number }) => (
  <Svg {...p}>
    <path d="M9 4 7 20M17 4l-2 16M4.5 9h16M3.5 15h16" />
  </Svg>
);

export const InfoIcon = (p: { size?: number }) => (
  <Svg {...p}>
    <circle cx="12" cy="12" r="9" />
    <path d="M12 11v5.5M12 7.5v.01" />
  </Svg>
);
