/**
 * Structural equality for the plain JSON-like values relations are made of. Arrays compare by
 * value and in order (Directus keeps `one_allowed_collections` in the order it was given);
 * `undefined` and `null` are the same, since servers and snapshots leave out what is null.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  const left = a ?? null;
  const right = b ?? null;
  if (left === right) return true;
  if (Array.isArray(left) || Array.isArray(right)) {
    if (!Array.isArray(left) || !Array.isArray(right) || left.length !== right.length) return false;
    return left.every((item, index) => sameValue(item, right[index]));
  }
  if (typeof left === 'object' && typeof right === 'object' && left !== null && right !== null) {
    const l = left as Record<string, unknown>;
    const r = right as Record<string, unknown>;
    const keys = new Set([...Object.keys(l), ...Object.keys(r)]);
    return [...keys].every((key) => sameValue(l[key], r[key]));
  }
  return false;
}
