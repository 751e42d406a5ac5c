/** Indonesian texts of the delegation screens (merged under the "delegation" key). */
const delegationId = {};

export default delegationId;
export type DelegationResources = typeof delegationId;
