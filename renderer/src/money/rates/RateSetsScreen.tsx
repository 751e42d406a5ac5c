import { RateSetList } from './RateSetList';
import { RateSetView } from './RateSetView';
import './rates.css';

/**
 * `#/rates`: the region's rate sets (standar biaya perjalanan dinas), and
 * `#/rates/<id>`: one set — its header, levels, rules and rate tables.
 */
export function RateSetsScreen({ id }: { id?: string }) {
  return id === undefined ? <RateSetList /> : <RateSetView id={id} />;
}
