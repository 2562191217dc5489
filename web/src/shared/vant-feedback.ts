// Vant's toasts with their styles: the phone side of notify.ts, imported on demand so that the
// first page (the login form) carries no component library.
import 'vant/es/toast/style'

export { showFailToast, showSuccessToast } from 'vant'
