/** Indonesian texts of the media area (merged under the "media" key). */
const mediaId = {};

export default mediaId;
export type MediaResources = typeof mediaId;
