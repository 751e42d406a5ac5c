/** Indonesian texts of the learnings area (merged under the "learnings" key). */
const learningsId = {};

export default learningsId;
export type LearningsResources = typeof learningsId;
