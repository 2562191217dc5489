// Helpers for the import tests (docs/api-imports.md): waiting for a job to finish.
import assert from 'node:assert/strict';
import { sleep } from './harness.mjs';
import { assertOk } from './crm.mjs';

export const FINISHED = new Set(['done', 'cancelled', 'failed']);

// The import once it has finished (done, cancelled or failed), polled every 100 ms.
export async function waitFinished(api, id, timeoutMs = 60000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const job = assertOk(await api.get(`/api/v1/imports/${id}`), 200, 'GET import');
    if (FINISHED.has(job.status)) return job;
    assert.ok(Date.now() < deadline, `import ${id} did not finish: ${JSON.stringify(job)}`);
    await sleep(100);
  }
}
