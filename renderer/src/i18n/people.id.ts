/** Indonesian texts of the people screens (merged under the "people" key). */
const peopleId = {};

export default peopleId;
export type PeopleResources = typeof peopleId;
