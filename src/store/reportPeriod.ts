// How far back /gaps and /stats (and `coverage-bot gaps|stats --days N`) look. Kept apart from
// commands/reports.ts so the command line can read it without loading discord.js.
import { UserFacingError } from '../errors.ts'

export const DEFAULT_DAYS = 30
export const MAX_DAYS = 3650

/** Days from an option (a number from Discord, text from the console or the CLI). */
export function readDays(raw: number | string | undefined): number {
  if (raw === undefined || raw === '') return DEFAULT_DAYS
  const days = Number(raw)
  if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS) {
    throw new UserFacingError('BAD_OPTION', `days must be a whole number from 1 to ${MAX_DAYS}, got “${String(raw)}”.`)
  }
  return days
}
