// Publication dates (read by src/corpus/dates.ts) shown as "19 Aug 2025" and compared as
// milliseconds. `since` (/ask since:7d) is read here too.
import { ISO_DATE, normalizePublished } from './corpus/dates.ts'
import { UserFacingError } from './errors.ts'

export { normalizePublished }

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const DAY_MS = 24 * 60 * 60 * 1000

/** Milliseconds since the epoch of an ISO date from normalizePublished (a bare date is its UTC midnight). */
export function publishedTime(iso: string | undefined): number {
  return iso ? Date.parse(iso) : Number.NaN
}

/** "19 Aug 2025": what a citation shows (UTC, so every server shows the same day). */
export function formatDate(iso: string | undefined): string | undefined {
  const t = publishedTime(iso)
  if (Number.isNaN(t)) return undefined
  const d = new Date(t)
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`
}

/** The ISO day of an ISO date ("2025-08-19"), for file names. */
export function isoDay(iso: string | undefined, fallback: number = Date.now()): string {
  const t = publishedTime(iso)
  return new Date(Number.isNaN(t) ? fallback : t).toISOString().slice(0, 10)
}

export interface Since {
  /** Articles published at or after this time are searched. */
  ms: number
  /** How the reply says it: "since 18 Aug 2025" or "in the last 7 days". */
  label: string
  /** As typed, cleaned: stored with an answer so its "More" button searches the same coverage. */
  text: string
}

/** `7d`, `24h`, `2w` or an ISO date `2025-08-18`; anything else is a clear error. */
export function parseSince(raw: string, now: number = Date.now()): Since {
  const text = raw.trim().toLowerCase()
  const relative = /^(\d{1,4})\s*([hdw])$/.exec(text)
  if (relative) {
    const n = Number(relative[1])
    const unit = relative[2]!
    const ms = n * (unit === 'h' ? DAY_MS / 24 : unit === 'w' ? 7 * DAY_MS : DAY_MS)
    const noun = unit === 'h' ? 'hour' : unit === 'w' ? 'week' : 'day'
    return { ms: now - ms, label: `in the last ${n === 1 ? noun : `${n} ${noun}s`}`, text }
  }
  const iso = ISO_DATE.test(text) ? normalizePublished(text) : undefined
  if (iso) return { ms: publishedTime(iso), label: `since ${formatDate(iso)}`, text }
  throw new UserFacingError('BAD_OPTION', `“since” takes a number of days (7d), hours (24h) or weeks (2w), or a date like 2025-08-18; got “${raw.trim().slice(0, 40)}”.`)
}
