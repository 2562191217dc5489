// Reordering an edited list by one place (the up / down buttons of the editors). Pure, tested.

/**
 * A copy with item `index` moved by `delta` places (up -1, down +1); out of range, the list
 * itself, unchanged.
 */
export function moveItem<T>(list: T[], index: number, delta: number): T[] {
  const to = index + delta
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return list
  const next = [...list]
  const [moved] = next.splice(index, 1)
  next.splice(to, 0, moved)
  return next
}
