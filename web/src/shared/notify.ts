// Toasts that look native in either layout: Element Plus messages on desktop, Vant toasts on phones.
// Both are imported on demand (element-feedback.ts, vant-feedback.ts): phones never load Element
// Plus, and the login page neither.
import { useIsMobile } from './useIsMobile'

const desktop = () => import('./element-feedback')
const phone = () => import('./vant-feedback')

export function notifySuccess(message: string): void {
  if (useIsMobile().value) void phone().then(({ showSuccessToast }) => showSuccessToast(message))
  else void desktop().then(({ ElMessage }) => ElMessage.success({ message, grouping: true }))
}

export function notifyError(message: string): void {
  if (useIsMobile().value) void phone().then(({ showFailToast }) => showFailToast(message))
  else void desktop().then(({ ElMessage }) => ElMessage.error({ message, grouping: true, duration: 4000 }))
}
