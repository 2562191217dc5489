import { describe, expect, it } from 'vitest'
import { ACCEPT_ATTACHMENTS, MAX_ATTACHMENT_BYTES, attachmentKind, checkAttachment, formatBytes } from './attachment-check'

const file = (name: string, type: string, size = 1000) => ({ name, type, size })

describe('checkAttachment', () => {
  it('accepts the server types', () => {
    for (const f of [
      file('a.jpg', 'image/jpeg'),
      file('a.png', 'image/png'),
      file('a.webp', 'image/webp'),
      file('a.gif', 'image/gif'),
      file('v.webm', 'audio/webm;codecs=opus'),
      file('v.m4a', 'audio/x-m4a'),
      file('v.amr', 'audio/amr'),
      file('a.pdf', 'application/pdf'),
      file('a.txt', 'text/plain'),
      file('a.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'),
      file('a.xls', 'application/vnd.ms-excel'),
    ]) {
      expect(checkAttachment(f), f.name).toBeNull()
    }
  })

  it('refuses empty and too large files', () => {
    expect(checkAttachment(file('a.png', 'image/png', 0))).toBe('empty')
    expect(checkAttachment(file('a.png', 'image/png', MAX_ATTACHMENT_BYTES))).toBeNull()
    expect(checkAttachment(file('a.png', 'image/png', MAX_ATTACHMENT_BYTES + 1))).toBe('tooLarge')
  })

  it('refuses other types', () => {
    expect(checkAttachment(file('a.heic', 'image/heic'))).toBe('typeNotAllowed')
    expect(checkAttachment(file('a.svg', 'image/svg+xml'))).toBe('typeNotAllowed')
    expect(checkAttachment(file('a.exe', 'application/x-msdownload'))).toBe('typeNotAllowed')
    expect(checkAttachment(file('a.zip', 'application/zip'))).toBe('typeNotAllowed')
    expect(checkAttachment(file('a.html', 'text/html'))).toBe('typeNotAllowed')
  })

  it('judges by the extension when the browser gives no type', () => {
    expect(attachmentKind(file('合同.DOCX', ''))).toBe('document')
    expect(attachmentKind(file('photo.JPG', 'application/octet-stream'))).toBe('image')
    expect(attachmentKind(file('note.amr', ''))).toBe('audio')
    expect(checkAttachment(file('run.sh', ''))).toBe('typeNotAllowed')
    expect(checkAttachment(file('noext', ''))).toBe('typeNotAllowed')
  })

  it('offers the same types to the file chooser', () => {
    expect(ACCEPT_ATTACHMENTS).toContain('image/png')
    expect(ACCEPT_ATTACHMENTS).toContain('.docx')
    expect(ACCEPT_ATTACHMENTS).not.toContain('svg')
  })
})

describe('formatBytes', () => {
  it('uses B, KB and MB', () => {
    expect(formatBytes(512)).toBe('512 B')
    expect(formatBytes(1536)).toBe('1.5 KB')
    expect(formatBytes(20 * 1024 * 1024)).toBe('20.0 MB')
  })
})
