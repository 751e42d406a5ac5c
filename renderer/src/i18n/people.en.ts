import type { PeopleResources } from './people.id';

/** English texts of the people screens: same keys as people.id.ts. */
const peopleEn: PeopleResources = {};

export default peopleEn;
