// Runs extractArticle on a worker thread: a poll extracts hundreds of pages, and on the main
// thread each one held the next answer up (bench/poll.ts). One thread, requests in order; it is
// started on first use, does not keep the process alive, and is restarted if it dies.
import { Worker } from 'node:worker_threads'
import { NotAnArticle, type ExtractedArticle } from './extract.ts'

export type Extract = (html: string, url: string) => Promise<ExtractedArticle>

type Reply = { id: number; article?: ExtractedArticle; notArticle?: string; failed?: string } | { ready: true }

export interface Extractor {
  extract: Extract
  close(): Promise<void>
}

export function createExtractor(): Extractor {
  let worker: Worker | undefined
  let ready: Promise<void> | undefined
  let nextId = 0
  const pending = new Map<number, { resolve(a: ExtractedArticle): void; reject(e: Error): void }>()

  const start = () => {
    const w = new Worker(new URL('./extractWorker.mjs', import.meta.url), { execArgv: [] })
    w.unref()
    ready = new Promise<void>((resolve, reject) => {
      w.on('message', (reply: Reply) => {
        if ('ready' in reply) return resolve()
        const waiting = pending.get(reply.id)
        pending.delete(reply.id)
        if (!waiting) return
        if (reply.article) waiting.resolve(reply.article)
        else if (reply.notArticle !== undefined) waiting.reject(new NotAnArticle(reply.notArticle))
        else waiting.reject(new Error(`extraction failed: ${reply.failed}`))
        if (pending.size === 0) w.unref()
      })
      const fail = (error: Error) => {
        // Whatever was waiting fails; the next request starts a new thread.
        for (const waiting of pending.values()) waiting.reject(error)
        pending.clear()
        if (worker === w) worker = undefined
        reject(error)
      }
      w.on('error', fail)
      w.on('exit', (code) => fail(new Error(`the extraction thread exited (code ${code})`)))
    })
    ready.catch(() => {})
    worker = w
  }

  return {
    async extract(html, url) {
      if (!worker) start()
      const w = worker!
      // Kept alive while it has work (a CLI `add` waits for its answer); unref'd when idle.
      w.ref()
      const id = nextId++
      return new Promise<ExtractedArticle>((resolve, reject) => {
        void ready!.catch(reject)
        pending.set(id, { resolve, reject })
        w.postMessage({ id, html, url })
      })
    },
    async close() {
      const w = worker
      worker = undefined
      await w?.terminate()
    },
  }
}
