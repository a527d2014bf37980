// A database whose connection a test can cut and restore: the real one behind it.
import type { Database } from '../../src/store/database.ts'

export class CuttableDatabase implements Database {
  down = false
  /** `ownsReal`: closing this closes the real one too (off when the real one is shared by other tests). */
  constructor(
    readonly real: Database,
    private readonly ownsReal = true,
  ) {}
  get kind() {
    return this.real.kind
  }
  get where() {
    return this.real.where
  }
  #check() {
    if (this.down) throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })
  }
  async query<Row>(sql: string, params?: unknown[]) {
    this.#check()
    return this.real.query<Row>(sql, params)
  }
  async batch<Row>(statements: { sql: string; params?: unknown[] }[]) {
    this.#check()
    return this.real.batch<Row>(statements)
  }
  async close() {
    if (this.ownsReal) await this.real.close()
  }
}
