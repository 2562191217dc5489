// Where the offline queue keeps its items: IndexedDB (database "quanke-offline", store "items",
// keyed by the item's id), so a reload or a killed tab keeps them and blobs (photos, voice) are
// stored as they are. A memory store stands in for tests.
import { openDB, type IDBPDatabase } from 'idb'
import { isProxy } from 'vue'
import type { QueueItem } from './queue'

export interface QueueStore {
  /** Every item, in no particular order (the queue sorts by seq). */
  all(): Promise<QueueItem[]>
  put(item: QueueItem): Promise<void>
  remove(id: string): Promise<void>
}

const DB_NAME = 'quanke-offline'
const STORE = 'items'

export function indexedDbStore(name = DB_NAME): QueueStore {
  let db: Promise<IDBPDatabase> | null = null
  const open = () =>
    (db ??= openDB(name, 1, {
      upgrade(database) {
        if (!database.objectStoreNames.contains(STORE)) database.createObjectStore(STORE, { keyPath: 'id' })
      },
    }))
  return {
    async all() {
      return (await (await open()).getAll(STORE)) as QueueItem[]
    },
    async put(item) {
      await (await open()).put(STORE, item)
    },
    async remove(id) {
      await (await open()).delete(STORE, id)
    },
  }
}

// A copy as a store gives it back (blobs are shared, as IndexedDB's structured clone keeps them).
// Like IndexedDB it refuses Vue's proxies (structured clone cannot copy them).
function copy(i: QueueItem): QueueItem {
  if (isProxy(i) || isProxy(i.files) || i.files.some((f) => isProxy(f))) throw new DOMException('proxy', 'DataCloneError')
  return { ...i, payload: structuredClone(i.payload), files: i.files.map((f) => ({ ...f })) }
}

export function memoryStore(initial: QueueItem[] = []): QueueStore & { items: Map<string, QueueItem> } {
  const items = new Map(initial.map((i) => [i.id, copy(i)]))
  return {
    items,
    async all() {
      return [...items.values()].map(copy)
    },
    async put(item) {
      items.set(item.id, copy(item))
    },
    async remove(id) {
      items.delete(id)
    },
  }
}
