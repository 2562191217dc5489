// 客户分布 on a map: the province and city names users typed ("广东", "广东省", "广东省广州市",
// " 内蒙古 ") matched to the features of a GeoJSON map ("广东省", "内蒙古自治区"), and the counts
// summed per feature. A name that matches no feature, or more than one, stays unmatched and is
// listed as such (never dropped). Pure, tested.

/** Administrative suffixes, longest first, so "自治区" goes before "区". */
const SUFFIXES = ['特别行政区', '自治区', '自治州', '自治县', '地区', '省', '市', '盟', '区', '县']

/** A name shorter than this never matches a feature by being the start of its key ("广" is not 广东). */
const MIN_PREFIX = 2

/**
 * The part of a region name that is compared: no white space (half or full width), one trailing
 * administrative suffix removed ("广东省" → "广东", "新疆维吾尔自治区" → "新疆维吾尔", "广州市" → "广州").
 * A name that is only a suffix keeps it.
 */
export function regionKey(name: string): string {
  const compact = name.replace(/\s+/g, '')
  for (const suffix of SUFFIXES) {
    if (compact.length > suffix.length && compact.endsWith(suffix)) return compact.slice(0, -suffix.length)
  }
  return compact
}

/** Finds the feature a typed name stands for; null when none or several could be meant. */
export type RegionMatch = (value: string) => string | null

/**
 * A matcher over the names of a map's features. A value matches the feature whose key is
 * - equal to the value's key ("广东" and "广东省" → 广东省);
 * - else the start of the value's key, the longest such key winning ("广东省广州市" → 广东省);
 * - else starts with the value's key, when that key has at least two characters and only one
 *   feature's key starts with it ("新疆" → 新疆维吾尔自治区, "内蒙" → 内蒙古自治区).
 */
export function regionMatcher(featureNames: readonly string[]): RegionMatch {
  const byKey = new Map<string, string>()
  for (const name of featureNames) byKey.set(regionKey(name), name)
  const keys = [...byKey.keys()].sort((a, b) => b.length - a.length)
  return (value) => {
    const key = regionKey(value)
    if (key === '') return null
    const exact = byKey.get(key)
    if (exact !== undefined) return exact
    const within = keys.find((k) => key.startsWith(k))
    if (within !== undefined) return byKey.get(within) ?? null
    if (key.length < MIN_PREFIX) return null
    const starting = keys.filter((k) => k.startsWith(key))
    return starting.length === 1 ? (byKey.get(starting[0]) ?? null) : null
  }
}

export interface RegionCount {
  /** The feature's name. */
  name: string
  count: number
  /** The typed values summed into it, in the order they came. */
  values: string[]
}

export interface RegionCounts {
  /** Every feature that matched a value, largest count first, ties by name. */
  matched: RegionCount[]
  /** The values no feature matched ("" = not filled in), largest count first as they came. */
  unmatched: { value: string; count: number }[]
}

/** The distribution's items summed per matched feature; the rest kept as they are. */
export function countByRegion(items: readonly { value: string; count: number }[], match: RegionMatch): RegionCounts {
  const byName = new Map<string, RegionCount>()
  const unmatched: { value: string; count: number }[] = []
  for (const item of items) {
    const name = match(item.value)
    if (name === null) {
      unmatched.push({ value: item.value, count: item.count })
      continue
    }
    const region = byName.get(name)
    if (region) {
      region.count += item.count
      region.values.push(item.value)
    } else {
      byName.set(name, { name, count: item.count, values: [item.value] })
    }
  }
  const matched = [...byName.values()].sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  return { matched, unmatched }
}
