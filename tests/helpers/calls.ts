import type { Dispatch } from '../../main/dispatcher';
import type { ApiError } from '../../shared/result';

/**
 * An operation through a test's dispatcher, untyped (the tests also send what
 * the contract refuses): `call` answers its value or throws naming the
 * operation and the error; `refused` answers the error or throws when it was
 * accepted. `dispatch` is read at each call (the tests make theirs in beforeEach).
 */
export function dispatchCalls(dispatch: () => Dispatch) {
  async function call<T>(op: string, input: unknown, via = dispatch()): Promise<T> {
    const r = await via(op, input);
    if (!r.ok) throw new Error(`${op}: ${r.error.code} ${r.error.field ?? ''} ${r.error.key ?? ''} ${r.error.message}`);
    return r.value as T;
  }
  async function refused(op: string, input: unknown): Promise<ApiError> {
    const r = await dispatch()(op, input);
    if (r.ok) throw new Error(`${op} was accepted`);
    return r.error;
  }
  return { call, refused };
}
