import { defineComponent, h, type Component } from 'vue'
import { useIsMobile } from './useIsMobile'

/** What defineAsyncComponent() gives a component: its loader (Vue's own field). */
interface AsyncLoadable {
  __asyncLoader?: () => Promise<unknown>
}

/** A route component that can fetch the code it is about to render. */
export interface Preloadable {
  preload: () => Promise<unknown>
}

/** Fetches an async component's code (no-op for components already in the bundle). */
export function preloadComponent(component: Component): Promise<unknown> {
  const loader = (component as AsyncLoadable).__asyncLoader
  return loader ? loader() : Promise.resolve()
}

/**
 * A route component that renders the phone variant below the mobile breakpoint. `preload()`
 * fetches the variant the current viewport will show (and only that one): the router calls it
 * when a navigation starts (guards.ts), so the page's code comes in parallel with the layout's.
 */
export function responsive(desktop: Component, mobile: Component): Component & Preloadable {
  const isMobile = useIsMobile()
  const page = defineComponent({
    name: 'ResponsivePage',
    setup() {
      return () => h(isMobile.value ? mobile : desktop)
    },
  })
  return Object.assign(page, { preload: () => preloadComponent(isMobile.value ? mobile : desktop) })
}

/** Whether a route component can preload its code. */
export function isPreloadable(component: unknown): component is Preloadable {
  return typeof (component as Partial<Preloadable> | null)?.preload === 'function'
}
