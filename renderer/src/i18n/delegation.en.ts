import type { DelegationResources } from './delegation.id';

/** English texts of the delegation screens: same keys as delegation.id.ts. */
const delegationEn: DelegationResources = {};

export default delegationEn;
