/** The delegation area: its sections of the trip page (officials, journalists, hosts). */
export { JournalistsSection, OfficialsSection } from './DelegationSection';
export { HostsSection } from './HostsSection';
