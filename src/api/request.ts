// Every SDK call goes through here: failures become RelataErrors, and a 204 (the SDK hands back
// the raw Response when there is no JSON body) becomes null.
import { toRelataError } from './errors';

export async function call<T>(run: () => Promise<T>): Promise<T | null> {
  let value: T;
  try {
    value = await run();
  } catch (error) {
    throw toRelataError(error);
  }
  if (typeof Response !== 'undefined' && value instanceof Response) return null;
  return value;
}
