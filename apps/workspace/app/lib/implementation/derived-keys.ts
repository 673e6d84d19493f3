/**
 * Stable snake_case keys for form fields and requested documents. Existing keys never change (answers and uploads
 * are stored under them); a new item's key follows its label until the draft is saved.
 */

const MAX_KEY_LENGTH = 64;

/** A snake_case key from a label (`"Team size (people)"` → `team_size_people`), or `fallback` when none can be made. */
export function snakeCaseKey(label: string, fallback: string): string {
  const words = label
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  const key = /^[a-z]/.test(words) ? words : words ? `${fallback}_${words}` : fallback;
  return key.slice(0, MAX_KEY_LENGTH).replace(/_+$/, "");
}

export interface KeyedItem {
  /** The stored key; null for an item added in this edit, whose key is derived from `label`. */
  readonly key: string | null;
  readonly label: string;
}

/**
 * The key of every item, in order: stored keys as they are, new ones derived from their labels and made unique
 * (`region`, `region_2` …) against every other key.
 *
 * @example
 * deriveKeys([{ key: "region", label: "Region" }, { key: null, label: "Region" }], "field"); // ["region", "region_2"]
 */
export function deriveKeys(items: readonly KeyedItem[], fallback: string): string[] {
  const taken = new Set(items.flatMap((item) => (item.key === null ? [] : [item.key])));
  return items.map((item) => {
    if (item.key !== null) return item.key;
    const base = snakeCaseKey(item.label, fallback);
    let key = base;
    for (let n = 2; taken.has(key); n++) key = `${base.slice(0, MAX_KEY_LENGTH - String(n).length - 1)}_${n}`;
    taken.add(key);
    return key;
  });
}
