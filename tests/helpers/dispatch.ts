import type { App } from '../../main/app';
import type { InputOf, OperationName, OutputOf } from '../../shared/contract';

/** An operation through the app's dispatcher, typed by the contract: its value, or an error naming the operation when it was refused. */
export async function call<K extends OperationName>(app: Pick<App, 'dispatch'>, op: K, input: InputOf<K>): Promise<OutputOf<K>> {
  const r = await app.dispatch(op, input);
  if (!r.ok) throw new Error(`${op}: ${r.error.message}`);
  return r.value as OutputOf<K>;
}
