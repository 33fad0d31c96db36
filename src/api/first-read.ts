// What was read while connecting, handed to the first model read only: every later read (a
// refetch, a save's checks) asks Directus again.
export function takeOnce<T>(value: T | null | undefined): () => T | null {
  let left = value ?? null;
  return () => {
    const taken = left;
    left = null;
    return taken;
  };
}
