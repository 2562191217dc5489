import { defineComponent, h, type Component } from 'vue'
import { useIsMobile } from './useIsMobile'

/** A route component that renders the phone variant below the mobile breakpoint. */
export function responsive(desktop: Component, mobile: Component): Component {
  return defineComponent({
    name: 'ResponsivePage',
    setup() {
      const isMobile = useIsMobile()
      return () => h(isMobile.value ? mobile : desktop)
    },
  })
}
