// Publication dates as an article's header gives them, kept as ISO text so they compare. Here,
// beside clean.ts, because the index cache fingerprints this folder's code: a change to how
// dates are read rebuilds the cached articles.

export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i
const RFC_822 = /^(\w{3}, )?\d{1,2} \w{3} \d{4} \d{2}:\d{2}(:\d{2})? ([A-Z]{1,4}|[+-]\d{4})$/

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
