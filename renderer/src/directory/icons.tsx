import { Svg as BaseSvg } from '../components/Icons';

/** Line icons of the directory, drawn like components/Icons.tsx (decorative only). */
const Svg = BaseSvg;

export const SearchIcon = (p: { size?: number }) => (
  <Svg {...p}>
    <circle cx="11" cy="11" r="6.5" />
    <path d="m20 20-4.2-4.2" />
  </Svg>
);

export const UploadIcon = (p: { size?: number }) => (
  <Svg {...p}>
    <path d="M12 15V4M7.5 8.5 12 4l4.5 4.5" />
    <path d="M4.5 15v3.5a1.5 1.5 0 0 0 1.5 1.5h12a1.5 1.5 0 0 0 1.5-1.5V15" />
  </Svg>
);

export const BuildingIcon = (p: { size?: number }) => (
  <Svg {...p}>
    <path d="M4 20.5h16M6 20.5V9.5l6-4.5 6 4.5v11" />
    <path d="M9.5 20.5v-5h5v5M9 11.5h.01M12 11.5h.01M15 11.5h.01" />
  </Svg>
);
