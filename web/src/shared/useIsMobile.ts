import { readonly, ref } from 'vue'

/** Below this viewport width the app uses the phone layout (Vant). */
export const MOBILE_BREAKPOINT = 768

export function isMobileWidth(width: number): boolean {
  return width < MOBILE_BREAKPOINT
}

const mobile = ref(typeof window !== 'undefined' ? isMobileWidth(window.innerWidth) : false)
let listening = false

/** Reactive "is this a phone-sized viewport", shared by every caller (one resize listener). */
export function useIsMobile() {
  if (!listening && typeof window !== 'undefined') {
    listening = true
    window.addEventListener('resize', () => {
      mobile.value = isMobileWidth(window.innerWidth)
    })
  }
  return readonly(mobile)
}
