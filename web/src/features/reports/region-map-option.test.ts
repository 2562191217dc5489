import { describe, expect, it } from 'vitest'
import { regionData, regionMapOption, regionTooltip, type RegionDatum } from './region-map-option'

const names = { count: '客户数', share: '占比' }
const features = ['北京市', '广东省', '江苏省']

describe('regionData', () => {
  it('gives every feature its count and share of the whole total, 0 without customers', () => {
    // 40 customers in all: 10 in 广东, 6 in 江苏, the other 24 unmatched or not filled in.
    const data = regionData(
      features,
      [
        { name: '广东省', count: 10, values: ['广东省', '广东'] },
        { name: '江苏省', count: 6, values: ['江苏'] },
      ],
      40,
    )
    expect(data).toEqual([
      { name: '北京市', value: 0, share: '0.0%' },
      { name: '广东省', value: 10, share: '25.0%' },
      { name: '江苏省', value: 6, share: '15.0%' },
    ])
  })

  it('ignores a count whose feature is not on this map', () => {
    expect(regionData(['广州市'], [{ name: '广东省', count: 3, values: ['广东'] }], 3)).toEqual([{ name: '广州市', value: 0, share: '0.0%' }])
  })
})

describe('regionMapOption', () => {
  const data: RegionDatum[] = [
    { name: '北京市', value: 0, share: '0.0%' },
    { name: '广东省', value: 7, share: '70.0%' },
    { name: '江苏省', value: 3, share: '30.0%' },
  ]

  it('draws the registered map with every feature and the visualMap up to the largest count', () => {
    const option = regionMapOption('cn-100000', data, names)
    expect(option.series).toHaveLength(1)
    expect(option.series[0].type).toBe('map')
    expect(option.series[0].map).toBe('cn-100000')
    expect(option.series[0].data).toEqual(data)
    expect(option.visualMap.min).toBe(0)
    expect(option.visualMap.max).toBe(7)
    expect(option.visualMap.text).toEqual(['7', '0'])
  })

  it('keeps the visualMap open when no feature has a customer', () => {
    const empty = data.map((d) => ({ ...d, value: 0 }))
    expect(regionMapOption('cn-440000', empty, names).visualMap.max).toBe(1)
  })

  it('names the count and the share in the tooltip', () => {
    const option = regionMapOption('cn-100000', data, names)
    const html = option.tooltip.formatter({ data: data[1], name: '广东省' })
    expect(html).toBe('广东省<br/>客户数：7<br/>占比：70.0%')
    expect(regionTooltip(data[0], names)).toBe('北京市<br/>客户数：0<br/>占比：0.0%')
    // A region drawn without a datum (none is left out, but ECharts may still ask).
    expect(option.tooltip.formatter({ name: '台湾省' })).toBe('台湾省<br/>客户数：0<br/>占比：0.0%')
  })

  it('is narrower on a phone', () => {
    const wide = regionMapOption('cn-100000', data, names)
    const compact = regionMapOption('cn-100000', data, names, true)
    expect(compact.visualMap.itemHeight).toBeLessThan(wide.visualMap.itemHeight)
    expect(compact.visualMap.left).toBe('center')
  })
})
