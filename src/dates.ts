// Publication dates: read from an article's header in any ISO form, kept as ISO text, shown as
// "19 Aug 2025", and compared as milliseconds. `since` (/ask since:7d) is read here too.
import { UserFacingError } from './errors.ts'

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i
const RFC_822 = /^(\w{3}, )?\d{1,2} \w{3} \d{4} \d{2}:\d{2}(:\d{2})? ([A-Z]{1,4}|[+-]\d{4})$/
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const DAY_MS = 24 * 60 * 60 * 1000

/**
 * An article's publication date as ISO text: a date stays a date ("2025-08-19"), a date and
 * time becomes UTC ("2025-08-19T06:30:00.000Z"); an RFC 822 date (RSS) is read too. Anything
 * else is no date (undefined), never a guess.
 */
export function normalizePublished(raw: string | undefined): string | undefined {
  const text = raw?.trim()
  if (!text) return undefined
  const day = ISO_DATE.exec(text)
  if (day) {
    const t = Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]))
    return new Date(t).toISOString().slice(0, 10) === text ? text : undefined
  }
  let t = Number.NaN
  if (ISO_DATE_TIME.test(text)) t = Date.parse(text.replace(' ', 'T'))
  // RFC 822 as RSS writes it: "Tue, 19 Aug 2025 06:30:00 GMT" (Date.parse reads it exactly).
  else if (RFC_822.test(text)) t = Date.parse(text)
  if (!Number.isNaN(t)) return new Date(t).toISOString()
  return undefined
}

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
