// Toasts that look native in either layout: Element Plus messages on desktop, Vant toasts on phones.
import { ElMessage } from 'element-plus'
import 'element-plus/es/components/message/style/css'
import { showFailToast, showSuccessToast } from 'vant'
import 'vant/es/toast/style'
import { useIsMobile } from './useIsMobile'

export function notifySuccess(message: string): void {
  if (useIsMobile().value) showSuccessToast(message)
  else ElMessage.success({ message, grouping: true })
}

export function notifyError(message: string): void {
  if (useIsMobile().value) showFailToast(message)
  else ElMessage.error({ message, grouping: true, duration: 4000 })
}
