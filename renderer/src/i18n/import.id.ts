/** Indonesian texts of the import screens (merged under the "import" key). */
const importId = {};

export default importId;
export type ImportResources = typeof importId;
