// What a record's detail shows of its custom fields (desktop and phone): the sections by the
// layout (detailSections), each value as text with names for user and department ids, the
// files of image and attachment values, and a deleted field's label for who may read every
// field's definition (settings.configure) — everyone else sees the key.
import { computed, ref, watch, type Ref } from 'vue'
import { attachmentUrl } from '@/api/activity'
import { listAllCustomFields, type CustomField, type CustomFieldObject } from '@/api/custom-fields'
import { useSessionStore } from '@/features/auth/session-store'
import { attachmentIds, detailBlocks, detailSections, formatAnyValue, formatCustomValue } from './custom-field-values'
import { useCustomFields } from './useCustomFields'
import { useDirectoryNames } from './useDirectoryNames'

const deletedLabels = new Map<CustomFieldObject, Ref<Map<string, string> | null>>()

export interface FileLink {
  id: string
  url: string
  /** The file's name when it was uploaded on this device, else null (shown as 附件 N). */
  name: string | null
  index: number
}

export function useFieldDisplay(object: CustomFieldObject, values: () => Record<string, unknown> | null | undefined) {
  const session = useSessionStore()
  const cf = useCustomFields(object)
  const names = useDirectoryNames()
  if (!deletedLabels.has(object)) deletedLabels.set(object, ref(null))
  const labels = deletedLabels.get(object)!

  const sections = computed(() => detailSections(cf.fields.value, cf.layout.value, values()))
  const blocks = computed(() => detailBlocks(sections.value))
  const isEmpty = computed(() => {
    const s = sections.value
    return s.groups.length === 0 && s.others.length === 0 && s.deleted.length === 0
  })

  // Names for the ids shown; the labels of deleted fields for administrators.
  watch(
    sections,
    (s) => {
      const shown = [...s.groups.flatMap((g) => g.items), ...s.others]
      const userIds = shown.filter((i) => i.field.type === 'user' && typeof i.value === 'string').map((i) => i.value as string)
      if (userIds.length) names.loadUsers(userIds)
      if (shown.some((i) => i.field.type === 'department' && i.value)) void names.loadDepartments()
      if (s.deleted.length && labels.value === null && session.can('settings.configure')) {
        labels.value = new Map()
        listAllCustomFields(object)
          .then((all) => (labels.value = new Map(all.items.map((f) => [f.key, f.label]))))
          .catch(() => undefined)
      }
    },
    { immediate: true },
  )

  function text(field: CustomField, value: unknown): string {
    return formatCustomValue(field, value, {
      timeZone: session.tenant?.timeZone,
      userName: names.userName,
      departmentName: names.departmentName,
    })
  }

  function files(value: unknown): FileLink[] {
    return attachmentIds(value).map((id, i) => ({ id, url: attachmentUrl({ id, url: '' }), name: names.fileName(id) ?? null, index: i + 1 }))
  }

  const deletedLabel = (key: string) => labels.value?.get(key) ?? key

  return { sections, blocks, isEmpty, text, files, anyText: formatAnyValue, deletedLabel, isFile: (f: CustomField) => f.type === 'image' || f.type === 'attachment' }
}
