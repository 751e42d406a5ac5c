import type { LearningsResources } from './learnings.id';

/** English texts of the learnings area: same keys as learnings.id.ts. */
const learningsEn: LearningsResources = {};

export default learningsEn;
