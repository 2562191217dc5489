// The two sides of ContractStatusTags.vue, loaded on demand (one definition for every instance).
import { defineAsyncComponent } from 'vue'

export const DesktopContractStatusTags = defineAsyncComponent(() => import('./DesktopContractStatusTags.vue'))
export const MobileContractStatusTags = defineAsyncComponent(() => import('./MobileContractStatusTags.vue'))
