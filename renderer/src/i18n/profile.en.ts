import type { ProfileResources } from './profile.id';

/** English texts of the office profile: same keys as profile.id.ts. */
const profileEn: ProfileResources = {
  heading: 'Office profile and letterhead',
};

export default profileEn;
