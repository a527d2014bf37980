// The database behind the question log: PostgreSQL either way. Embedded by default (PGlite, in
// a worker thread, its files in DATA_DIR/pglite), or a PostgreSQL server with DATABASE_URL (the
// `pg` client). The same SQL and the same migrations run on both, always with parameters.
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeSync } from 'node:fs'
import path from 'node:path'
import { Worker } from 'node:worker_threads'

/** A statement and its parameters ($1, $2, …); without parameters, one or more statements. */
export interface Statement {
  sql: string
  params?: unknown[]
}

export interface Database {
  readonly kind: 'embedded' | 'postgres'
  /** Where it is, for messages: the folder, or the server's host and database (never the password). */
  readonly where: string
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>
  /** Runs the statements in one transaction; the rows of the last. */
  batch<Row = Record<string, unknown>>(statements: Statement[]): Promise<Row[]>
  /** False once it can never answer again (closed, or the embedded database's worker died): open anew. */
  readonly alive?: boolean
  close(): Promise<void>
}

export interface OpenOptions {
  dataDir: string
  databaseUrl?: string
}

/** Opens the database and applies any migration not yet applied. */
export async function openDatabase(options: OpenOptions): Promise<Database> {
  const db = options.databaseUrl ? await openServer(options.databaseUrl) : await openEmbedded(options.dataDir)
  try {
    await migrate(db)
  } catch (error) {
    await db.close().catch(() => {})
    throw error
  }
  return db
}

// ---------------------------------------------------------------------------------------------
// Migrations: src/store/migrations/NNN_name.sql, applied in order, each once, in a transaction.

const MIGRATIONS_DIR = path.join(import.meta.dirname, 'migrations')
/** pg_advisory_xact_lock key: two bots starting together against one server migrate in turn. */
const MIGRATION_LOCK = 7_413_001

export interface Migration {
  version: number
  name: string
  sql: string
}

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((file) => /^\d+_[\w-]+\.sql$/.test(file))
    .map((file) => ({ version: Number(file.split('_')[0]), name: file.replace(/\.sql$/, ''), sql: readFileSync(path.join(dir, file), 'utf8') }))
    .sort((a, b) => a.version - b.version)
}

/** Versions applied, in order. */
export async function migrate(db: Database, migrations = readMigrations()): Promise<number[]> {
  await db.query(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
    [],
  )
  const applied = async () => new Set((await db.query<{ version: number }>('SELECT version FROM schema_migrations', [])).map((r) => r.version))
  let done = await applied()
  for (const migration of migrations) {
    if (done.has(migration.version)) continue
    try {
      await db.batch([
        { sql: 'SELECT pg_advisory_xact_lock($1)', params: [MIGRATION_LOCK] },
        { sql: migration.sql },
        { sql: 'INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', params: [migration.version, migration.name] },
      ])
    } catch (error) {
      // Another process applied it while we waited for the lock: fine. Anything else is real.
      done = await applied()
      if (!done.has(migration.version)) throw new Error(`migration ${migration.name} failed: ${(error as Error).message}`)
    }
  }
  return [...(await applied())].sort((a, b) => a - b)
}

// ---------------------------------------------------------------------------------------------
// Embedded: PGlite in a worker thread, one process per data folder (a lock file says which).

export class DatabaseInUseError extends Error {
  constructor(readonly dir: string, readonly pid: number) {
    super(
      `the question log in ${dir} is open in another coverage-bot process (pid ${pid}); ` +
        'the embedded database serves one process at a time. Ask the running bot (/gaps, /stats), stop it first, or keep the log on a PostgreSQL server (DATABASE_URL)',
    )
    this.name = 'DatabaseInUseError'
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Lock files this process holds (a lock with our pid that is not here is a previous run's: PID 1 in a container). */
const heldLocks = new Set<string>()

/** Takes DATA_DIR/pglite.lock for this process; a lock left by a process that has ended is taken over. */
function lockDataDir(dir: string): () => void {
  const file = path.join(dir, 'pglite.lock')
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o600)
      writeSync(fd, String(process.pid))
      closeSync(fd)
      heldLocks.add(file)
      return () => {
        if (heldLocks.delete(file)) rmSync(file, { force: true })
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const pid = Number(readFileSync(file, 'utf8').trim())
      const held = pid === process.pid ? heldLocks.has(file) : Number.isInteger(pid) && pid > 0 && isRunning(pid)
      if (held) throw new DatabaseInUseError(dir, pid)
      rmSync(file, { force: true })
    }
  }
  throw new Error(`could not lock ${file}`)
}

interface Pending {
  resolve(rows: unknown[]): void
  reject(error: Error): void
}

async function openEmbedded(dataDir: string): Promise<Database> {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 })
  const unlock = lockDataDir(dataDir)
  const dir = path.join(dataDir, 'pglite')
  const worker = new Worker(new URL('./pgliteWorker.mjs', import.meta.url), { workerData: { dataDir: dir } })
  const pending = new Map<number, Pending>()
  let nextId = 0
  let closed = false
  const failAll = (error: Error) => {
    for (const p of pending.values()) p.reject(error)
    pending.clear()
  }
  // One set of listeners for the worker's whole life (removeAllListeners() on a Worker also
  // removes Node's own, after which no message arrives).
  let opened: { resolve(): void; reject(error: Error): void } | undefined
  const ready = new Promise<void>((resolve, reject) => (opened = { resolve, reject }))
  worker.on('message', (message: { id?: number; ready?: boolean; rows?: unknown[]; error?: { message: string; code?: string } }) => {
    if (message.ready !== undefined) {
      if (message.ready) opened?.resolve()
      else opened?.reject(new Error(`could not open the database in ${dir}: ${message.error?.message}`))
      return
    }
    const p = pending.get(message.id!)
    if (!p) return
    pending.delete(message.id!)
    if (message.error) p.reject(Object.assign(new Error(message.error.message), { code: message.error.code }))
    else p.resolve(message.rows ?? [])
  })
  worker.on('error', (error) => {
    opened?.reject(error)
    failAll(error)
  })
  worker.on('exit', (code) => {
    closed = true
    opened?.reject(new Error(`the database worker exited (${code}) while opening ${dir}`))
    failAll(new Error('the database worker has stopped'))
    unlock()
  })
  try {
    await ready
  } catch (error) {
    await worker.terminate()
    unlock()
    throw error
  }
  // The worker never keeps the process alive on its own; pending requests do (see send()).
  worker.unref()

  const send = (message: Record<string, unknown>) =>
    new Promise<unknown[]>((resolve, reject) => {
      if (closed) return reject(new Error('the database is closed'))
      const id = nextId++
      worker.ref()
      const done = () => {
        if (pending.size === 0) worker.unref()
      }
      pending.set(id, {
        resolve: (rows) => (resolve(rows), done()),
        reject: (error) => (reject(error), done()),
      })
      worker.postMessage({ id, ...message })
    })

  return {
    kind: 'embedded',
    where: dir,
    get alive() {
      return !closed
    },
    query: (sql, params = []) => send({ op: 'query', sql, params }) as Promise<never[]>,
    batch: (statements) => send({ op: 'batch', statements }) as Promise<never[]>,
    async close() {
      if (closed) return
      await send({ op: 'close' }).catch(() => {})
      closed = true
      await worker.terminate()
      unlock()
    },
  }
}

// ---------------------------------------------------------------------------------------------
// A PostgreSQL server: a small pool of the `pg` client.

async function openServer(url: string): Promise<Database> {
  const { default: pg } = await import('pg')
  const pool = new pg.Pool({ connectionString: url, max: 4, connectionTimeoutMillis: 5000, idleTimeoutMillis: 10_000 })
  // An idle client losing its server must not become an uncaught 'error' (the next query fails instead).
  pool.on('error', () => {})
  const parsed = new URL(url)
  const where = `${parsed.hostname}${parsed.port ? `:${parsed.port}` : ''}${parsed.pathname}`
  const run = async (client: Pick<InstanceType<typeof pg.Client>, 'query'>, { sql, params }: Statement) => {
    const result = params ? await client.query(sql, params) : await client.query(sql)
    // Several statements without parameters give one result each: the last one's rows.
    return (Array.isArray(result) ? result.at(-1) : result)?.rows ?? []
  }
  const db: Database = {
    kind: 'postgres',
    where,
    query: (sql, params = []) => run(pool, { sql, params }) as Promise<never[]>,
    async batch(statements) {
      const client = await pool.connect()
      let broken: Error | undefined
      // A checked-out client has no listener of the pool's: a server going away mid-transaction
      // would be an uncaught 'error' (the query itself rejects too, and that is what we report).
      const onError = (error: Error) => (broken = error)
      client.on('error', onError)
      try {
        await client.query('BEGIN')
        let rows: unknown[] = []
        for (const statement of statements) rows = await run(client, statement)
        await client.query('COMMIT')
        return rows as never[]
      } catch (error) {
        await client.query('ROLLBACK').catch((rollback: Error) => (broken = rollback))
        throw error
      } finally {
        // A client whose connection broke is discarded, not handed out again.
        client.off('error', onError)
        client.release(broken)
      }
    },
    close: () => pool.end(),
  }
  try {
    await db.query('SELECT 1')
  } catch (error) {
    await pool.end().catch(() => {})
    throw error
  }
  return db
}
