// The two signed-in layouts, each its own chunk: a phone never loads the desktop's (nor Element
// Plus with it). The router fetches the one the viewport needs together with AppLayout.
import { isMobileWidth } from '@/shared/useIsMobile'

export const loadDesktopLayout = () => import('./DesktopLayout.vue')
export const loadMobileLayout = () => import('./MobileLayout.vue')

/** AppLayout with the layout the current viewport shows, fetched in parallel. */
export async function loadAppLayout() {
  const layout = isMobileWidth(window.innerWidth) ? loadMobileLayout() : loadDesktopLayout()
  const [app] = await Promise.all([import('./AppLayout.vue'), layout])
  return app
}
