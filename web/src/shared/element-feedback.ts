// Element Plus's message and message box with their styles: the desktop side of notify.ts and
// confirm.ts, imported on demand so that phones never load Element Plus.
import 'element-plus/es/components/message/style/css'
import 'element-plus/es/components/message-box/style/css'

export { ElMessage, ElMessageBox } from 'element-plus'
