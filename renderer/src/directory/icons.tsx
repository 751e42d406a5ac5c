import { svgIcon } from '../components/Icons';

/** Line icons of the directory, drawn like components/Icons.tsx (decorative only). */
export { SearchIcon } from '../components/Icons';
export const UploadIcon = svgIcon(['M12 15V4M7.5 8.5 12 4l4.5 4.5', 'M4.5 15v3.5a1.5 1.5 0 0 0 1.5 1.5h12a1.5 1.5 0 0 0 1.5-1.5V15']);
export const BuildingIcon = svgIcon(['M4 20.5h16M6 20.5V9.5l6-4.5 6 4.5v11', 'M9.5 20.5v-5h5v5M9 11.5h.01M12 11.5h.01M15 11.5h.01']);
