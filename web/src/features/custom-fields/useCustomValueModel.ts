// What the desktop and the phone input of one custom field share: the v-model (the value as the
// API stores it, null when empty), the company's time zone, the text and multi-select views of
// the value, a place from the device's position, and uploads for image and attachment fields.
// Each input adds its own controls around it.
import { computed, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { uploadAttachment } from '@/api/activity'
import type { CustomField, CustomLocation, CustomValue } from '@/api/custom-fields'
import { checkAttachment } from '@/features/activity/attachment-check'
import { useSessionStore } from '@/features/auth/session-store'
import { browserLocate, LocateError } from '@/features/visits/check-in-flow'
import { notifyError } from '@/shared/notify'
import { attachmentIds, MAX_ATTACHMENTS } from './custom-field-values'
import { useDirectoryNames } from './useDirectoryNames'

export function useCustomValueModel(
  props: { field: CustomField; modelValue: CustomValue | null | undefined },
  emit: (event: 'update:modelValue', value: CustomValue | null) => void,
) {
  const { t } = useI18n()
  const session = useSessionStore()
  const names = useDirectoryNames()
  const tz = computed(() => session.tenant?.timeZone ?? 'Asia/Shanghai')
  const testid = computed(() => `cf-input-${props.field.key}`)

  function set(value: CustomValue | null) {
    emit('update:modelValue', value)
  }

  const text = computed<string>({
    get: () => (typeof props.modelValue === 'string' ? props.modelValue : ''),
    set: (v) => set(v === '' ? null : v),
  })

  const many = computed<string[]>({
    get: () => (Array.isArray(props.modelValue) ? props.modelValue : []),
    set: (v) => set(v.length ? v : null),
  })

  // Location: the address and the two coordinates edit one value; a half-filled one is passed on
  // (lat/lng null) so the form's check can ask for the rest.
  const location = computed(() => {
    const v = props.modelValue
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Partial<CustomLocation>) : {}
  })
  function setLocation(part: { lat?: number | null; lng?: number | null; address?: string }) {
    const next = { lat: location.value.lat ?? null, lng: location.value.lng ?? null, address: location.value.address ?? '', ...part }
    const empty = next.lat === null && next.lng === null && !next.address?.trim()
    set(empty ? null : (next as unknown as CustomLocation))
  }
  const locating = ref(false)
  async function locate() {
    locating.value = true
    try {
      const p = await browserLocate()
      setLocation({ lat: Math.round(p.lat * 1e6) / 1e6, lng: Math.round(p.lng * 1e6) / 1e6 })
    } catch (error) {
      const kind = error instanceof LocateError ? error.kind : 'unavailable'
      notifyError(t('customFields.locateFailed', { reason: t(`customFields.locateReason.${kind}`) }))
    } finally {
      locating.value = false
    }
  }

  // Image and attachments: uploaded at once through POST /attachments; the value holds the ids.
  const uploading = ref(false)
  const ids = computed(() => attachmentIds(props.modelValue))
  async function upload(files: File[]) {
    const room = props.field.type === 'image' ? 1 : MAX_ATTACHMENTS - ids.value.length
    if (files.length > room) notifyError(t('customFields.maxFiles', { n: MAX_ATTACHMENTS }))
    const picked = files.slice(0, Math.max(room, 0))
    if (!picked.length) return
    uploading.value = true
    try {
      const added: string[] = []
      for (const file of picked) {
        const problem = checkAttachment(file)
        if (problem) {
          notifyError(t(`attachment.problem.${problem}`, { name: file.name, max: '20 MB' }))
          continue
        }
        const attachment = await uploadAttachment(file).promise
        names.rememberFile(attachment.id, attachment.name)
        added.push(attachment.id)
      }
      if (added.length) set(props.field.type === 'image' ? added[0] : [...ids.value, ...added])
    } catch {
      // The client showed the error.
    } finally {
      uploading.value = false
    }
  }
  function removeFile(id: string) {
    const rest = ids.value.filter((x) => x !== id)
    set(props.field.type === 'image' || rest.length === 0 ? null : rest)
  }

  return { t, session, names, tz, testid, set, text, many, location, setLocation, locating, locate, uploading, ids, upload, removeFile }
}
