import type { MediaResources } from './media.id';

/** English texts of the media area: same keys as media.id.ts. */
const mediaEn: MediaResources = {};

export default mediaEn;
