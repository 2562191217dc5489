// A Quanke server of its own on an empty database, for the first-run (/setup) journeys: spawns
// QUANKE_BIN (default ../build/quanke) with `serve` on a free loopback port, serving web/dist,
// in a temporary directory that is removed when it stops.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export interface EmptyServer {
  baseURL: string
  stop: () => Promise<void>
}

const WEB_ROOT = fileURLToPath(new URL('../dist', import.meta.url))

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolve(port))
    })
  })
}

async function waitForHealth(baseURL: string, child: ChildProcess, log: () => string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${log()}`)
    try {
      const response = await fetch(`${baseURL}/api/v1/health`)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`server did not answer:\n${log()}`)
}

export async function startEmptyServer(): Promise<EmptyServer> {
  const bin = process.env.QUANKE_BIN ?? fileURLToPath(new URL('../../build/quanke', import.meta.url))
  const dir = mkdtempSync(join(tmpdir(), 'quanke-setup-e2e-'))
  const port = await freePort()
  const baseURL = `http://127.0.0.1:${port}`
  let output = ''
  const child = spawn(bin, ['serve', '--db', `sqlite:${join(dir, 'q.db')}`, '--listen', `127.0.0.1:${port}`, '--web-root', WEB_ROOT], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()))
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()))
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r))
      child.kill('SIGTERM')
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))])
      if (child.exitCode === null) child.kill('SIGKILL')
    }
    rmSync(dir, { recursive: true, force: true })
  }
  try {
    await waitForHealth(baseURL, child, () => output)
  } catch (error) {
    await stop()
    throw error
  }
  return { baseURL, stop }
}
