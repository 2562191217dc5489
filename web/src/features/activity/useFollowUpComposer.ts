// The state of one "写跟进" screen, shared by the desktop dialog and the phone page: type, text,
// contact, next follow-up time (local "YYYY-MM-DD HH:mm" in the company's time zone) and the
// attachments, which upload as soon as they are picked (with progress) so saving is instant.
// Saving needs text or at least one uploaded attachment — nothing else is required.
// Offline (or when an upload fails for lack of network) a picked file is kept ('queued') and
// saving hands it with the follow-up to the offline queue (shared/offline/), which uploads it
// before sending the follow-up when the network is back.
import { computed, reactive, ref } from 'vue'
import {
  uploadAttachment,
  type Attachment,
  type FollowUp,
  type FollowUpType,
  type UploadHandle,
} from '@/api/activity'
import { ApiError } from '@/api/client'
import { localToInstant } from '@/shared/format'
import { submitFollowUp, type Submitted } from '@/shared/offline'
import type { Translate } from '@/shared/translate'
import { attachmentKind, checkAttachment, type AttachmentKind } from './attachment-check'

export interface PendingUpload {
  key: string
  name: string
  size: number
  kind: AttachmentKind
  /** Object URL of a picked image, for the thumbnail before the upload finishes. */
  previewUrl: string | null
  progress: number
  /** queued: not uploaded for lack of network; it goes up with the follow-up later. */
  status: 'uploading' | 'done' | 'error' | 'queued'
  attachment: Attachment | null
  handle: UploadHandle | null
  file: File
}

const offline = () => typeof navigator !== 'undefined' && navigator.onLine === false

let sequence = 0

export function useFollowUpComposer(t: Translate) {
  const type = ref<FollowUpType>('call')
  const text = ref('')
  const contactId = ref<string | null>(null)
  const nextAt = ref<string | null>(null)
  const uploads = ref<PendingUpload[]>([])
  const saving = ref(false)

  const uploading = computed(() => uploads.value.some((u) => u.status === 'uploading'))
  const uploaded = computed(() => uploads.value.filter((u) => u.status === 'done' && u.attachment))
  const queued = computed(() => uploads.value.filter((u) => u.status === 'queued'))
  const hasContent = computed(() => text.value.trim().length > 0 || uploaded.value.length > 0 || queued.value.length > 0)
  const canSave = computed(() => hasContent.value && !uploading.value && !saving.value)

  /** Starts uploading the files; returns a message for each file refused before upload. */
  function addFiles(files: Iterable<File>): string[] {
    const problems: string[] = []
    for (const file of files) {
      const problem = checkAttachment(file)
      if (problem) {
        problems.push(t(`attachment.problem.${problem}`, { name: file.name, max: '20 MB' }))
        continue
      }
      start(file, file.name)
    }
    return problems
  }

  /** A recorded voice note (audio/webm or what the browser records). */
  function addVoice(blob: Blob): string | null {
    const baseType = blob.type.split(';')[0] || 'audio/webm'
    const ext = baseType === 'audio/mp4' ? 'm4a' : baseType === 'audio/ogg' ? 'ogg' : 'webm'
    const stamp = new Date().toISOString().replace(/[-:]/g, '').slice(0, 15)
    const file = new File([blob], `voice-${stamp}.${ext}`, { type: baseType })
    const problem = checkAttachment(file)
    if (problem) return t(`attachment.problem.${problem}`, { name: file.name, max: '20 MB' })
    start(file, file.name)
    return null
  }

  function start(file: File, name: string) {
    const kind = attachmentKind(file) ?? 'document'
    const entry = reactive<PendingUpload>({
      key: `u${++sequence}`,
      name,
      size: file.size,
      kind,
      previewUrl: kind === 'image' && typeof URL !== 'undefined' && URL.createObjectURL ? URL.createObjectURL(file) : null,
      progress: 0,
      status: offline() ? 'queued' : 'uploading',
      attachment: null,
      handle: null,
      file,
    })
    uploads.value.push(entry)
    if (entry.status === 'queued') return
    const handle = uploadAttachment(file, { fileName: name, onProgress: (f) => (entry.progress = f) })
    entry.handle = handle
    handle.promise.then(
      (attachment) => {
        entry.attachment = attachment
        entry.status = 'done'
        entry.progress = 1
      },
      (error) => {
        entry.status = error instanceof ApiError && error.status === 0 && error.code === 'network' ? 'queued' : 'error'
      },
    )
  }

  function remove(key: string) {
    const entry = uploads.value.find((u) => u.key === key)
    if (!entry) return
    if (entry.status === 'uploading') entry.handle?.abort()
    if (entry.previewUrl) URL.revokeObjectURL(entry.previewUrl)
    uploads.value = uploads.value.filter((u) => u.key !== key)
  }

  /** Sends the follow-up, or keeps it in the offline queue ({ sent: false }); a refusal throws. */
  async function save(customerId: string, timeZone?: string, label = ''): Promise<Submitted<FollowUp>> {
    saving.value = true
    try {
      const attachmentIds = uploaded.value.map((u) => u.attachment!.id)
      const body = {
        text: text.value.trim(),
        type: type.value,
        contactId: contactId.value || undefined,
        nextFollowUpAt: nextAt.value ? localToInstant(nextAt.value, timeZone) : undefined,
        attachmentIds: attachmentIds.length ? attachmentIds : undefined,
      }
      const files = queued.value.map((u) => ({ blob: u.file, name: u.name }))
      return await submitFollowUp(customerId, body, files, label)
    } finally {
      saving.value = false
    }
  }

  function reset() {
    for (const u of uploads.value) {
      if (u.status === 'uploading') u.handle?.abort()
      if (u.previewUrl) URL.revokeObjectURL(u.previewUrl)
    }
    uploads.value = []
    type.value = 'call'
    text.value = ''
    contactId.value = null
    nextAt.value = null
  }

  return { type, text, contactId, nextAt, uploads, saving, uploading, queued, hasContent, canSave, addFiles, addVoice, remove, save, reset }
}

export type FollowUpComposer = ReturnType<typeof useFollowUpComposer>
