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

// Runs an import of `object` to its end and answers the finished job (status done).
export async function runImport(api, object, policy, rows) {
  const job = assertOk(await api.post('/api/v1/imports', { object, policy, fileName: `${object}-${policy}.csv`, rows }), 202, 'start');
  assert.equal(job.object, object);
  const final = await waitFinished(api, job.id);
  assert.equal(final.status, 'done', JSON.stringify(final));
  return final;
}
