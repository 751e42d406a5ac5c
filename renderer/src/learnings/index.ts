/** The learnings area: its section of the trip page and the follow-ups screen. */
export { LearningsSection } from './LearningsSection';
export { FollowupsScreen } from './FollowupsScreen';
