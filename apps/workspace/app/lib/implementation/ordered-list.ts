/** Reordering of the lists the Edit dialog edits (form fields, requested documents, proposed slots). */

/** The list with the item at `index` moved by `offset` places; unchanged when that would leave the list. */
export function moveItem<T>(items: readonly T[], index: number, offset: number): T[] {
  const target = index + offset;
  const item = items[index];
  if (item === undefined || target < 0 || target >= items.length) return [...items];
  const rest = items.filter((_, i) => i !== index);
  return [...rest.slice(0, target), item, ...rest.slice(target)];
}

/** The list with the item at `index` replaced by `item`. */
export function replaceItem<T>(items: readonly T[], index: number, item: T): T[] {
  return items.map((existing, i) => (i === index ? item : existing));
}

/** The list without the item at `index`. */
export function removeItem<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, i) => i !== index);
}

/** An id for a new list item that no item in `taken` has, for React keys: `new-1`, `new-2` … */
export function nextItemId(taken: readonly { readonly id: string }[]): string {
  const ids = new Set(taken.map((item) => item.id));
  let n = 1;
  while (ids.has(`new-${n}`)) n++;
  return `new-${n}`;
}
