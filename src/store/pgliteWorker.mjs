// The embedded database (PGlite: PostgreSQL compiled to WebAssembly) in a worker thread.
// PGlite runs its queries synchronously inside WebAssembly; on the main thread, creating a
// database stalled the event loop for 165 ms and a write now and then for up to 38 ms
// (docs/data.md), time a member's answer would wait. Here it stalls only this thread.
// Plain JavaScript, so it loads the same under tsx, vitest and plain node.
// Messages in: {id, op: 'query', sql, params} | {id, op: 'batch', statements: [{sql, params}]}
// | {id, op: 'close'}. Out: {id, rows} or {id, error: {message, code}}; {ready} once open.
import { parentPort, workerData } from 'node:worker_threads'
import { PGlite } from '@electric-sql/pglite'

const port = parentPort
const reply = (id, result) => port.postMessage({ id, ...result })
const failure = (error) => ({ error: { message: error?.message ?? String(error), code: error?.code } })

let db
try {
  db = await PGlite.create(workerData.dataDir)
  await db.query('SELECT 1')
  port.postMessage({ ready: true })
} catch (error) {
  port.postMessage({ ready: false, ...failure(error) })
  process.exit(0)
}

const run = async (q, { sql, params }) => (params ? (await q.query(sql, params)).rows : (await q.exec(sql)).at(-1)?.rows ?? [])

// One message at a time: PGlite serialises anyway, and a batch must not interleave with a query.
let queue = Promise.resolve()
port.on('message', (message) => {
  queue = queue.then(async () => {
    try {
      if (message.op === 'query') reply(message.id, { rows: await run(db, message) })
      else if (message.op === 'batch') {
        const rows = await db.transaction(async (tx) => {
          let last = []
          for (const statement of message.statements) last = await run(tx, statement)
          return last
        })
        reply(message.id, { rows })
      } else if (message.op === 'close') {
        await db.close()
        reply(message.id, { rows: [] })
        port.close()
      }
    } catch (error) {
      reply(message.id, failure(error))
    }
  })
})
