// What the server accepts as an attachment (docs/api-activity.md): at most 20 MiB, not empty;
// JPEG/PNG/WebP/GIF images, audio (webm, ogg, mp4/m4a, mpeg, wav, amr), PDF, plain text, Office
// documents. Checked before uploading so the user hears "too large" at once, not after 20 MiB
// went up a phone connection. The server checks again (images by their bytes).

export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024

const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif']
const AUDIO_TYPES = [
  'audio/webm',
  'audio/ogg',
  'audio/mp4',
  'audio/m4a',
  'audio/x-m4a',
  'audio/aac',
  'audio/mpeg',
  'audio/mp3',
  'audio/wav',
  'audio/wave',
  'audio/x-wav',
  'audio/amr',
]
const DOCUMENT_TYPES = [
  'application/pdf',
  'text/plain',
  'application/msword',
  'application/vnd.ms-excel',
  'application/vnd.ms-powerpoint',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
]
const EXTENSIONS: Record<string, 'image' | 'audio' | 'document'> = {
  jpg: 'image',
  jpeg: 'image',
  png: 'image',
  webp: 'image',
  gif: 'image',
  webm: 'audio',
  ogg: 'audio',
  oga: 'audio',
  opus: 'audio',
  m4a: 'audio',
  mp3: 'audio',
  wav: 'audio',
  amr: 'audio',
  aac: 'audio',
  pdf: 'document',
  txt: 'document',
  doc: 'document',
  docx: 'document',
  xls: 'document',
  xlsx: 'document',
  ppt: 'document',
  pptx: 'document',
}

/** The input `accept` attribute matching the rules above. */
export const ACCEPT_ATTACHMENTS = [
  ...IMAGE_TYPES,
  ...AUDIO_TYPES,
  ...DOCUMENT_TYPES,
  ...Object.keys(EXTENSIONS).map((e) => `.${e}`),
].join(',')

export type AttachmentKind = 'image' | 'audio' | 'document'
export type AttachmentProblem = 'empty' | 'tooLarge' | 'typeNotAllowed'

export interface FileLike {
  name: string
  size: number
  type: string
}

function baseType(type: string): string {
  return type.split(';')[0].trim().toLowerCase()
}

function extension(name: string): string {
  const dot = name.lastIndexOf('.')
  return dot >= 0 ? name.slice(dot + 1).toLowerCase() : ''
}

/** What kind of attachment a file is, or null when the server would refuse its type. */
export function attachmentKind(file: Pick<FileLike, 'name' | 'type'>): AttachmentKind | null {
  const type = baseType(file.type)
  if (IMAGE_TYPES.includes(type)) return 'image'
  if (AUDIO_TYPES.includes(type)) return 'audio'
  if (DOCUMENT_TYPES.includes(type)) return 'document'
  // Browsers give no type (or a generic one) for some files: judge by the extension then.
  if (!type || type === 'application/octet-stream') return EXTENSIONS[extension(file.name)] ?? null
  return null
}

/** Why a file cannot be attached, or null when it may go up. */
export function checkAttachment(file: FileLike): AttachmentProblem | null {
  if (file.size <= 0) return 'empty'
  if (file.size > MAX_ATTACHMENT_BYTES) return 'tooLarge'
  if (!attachmentKind(file)) return 'typeNotAllowed'
  return null
}

/** "512 B", "1.2 KB", "3.4 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}
