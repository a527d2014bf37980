// What /gaps and /stats share: who may see them, and the period they cover.
import { UserFacingError } from '../src/errors.ts'
import type { CommandContext, QuestionReports } from './command.ts'

export const DEFAULT_DAYS = 30
export const MAX_DAYS = 3650

export function requireReports({ canManageServer, questionLog }: CommandContext, name: string): QuestionReports {
  if (!canManageServer) throw new UserFacingError('FORBIDDEN', `Only members who can manage this server can see /${name}.`)
  if (!questionLog) throw new UserFacingError('LOG_UNAVAILABLE', 'The question log is not kept here, so there is nothing to report.')
  return questionLog
}

/** Days from an option (a number from Discord, text from the console or the CLI). */
export function readDays(raw: number | string | undefined): number {
  if (raw === undefined || raw === '') return DEFAULT_DAYS
  const days = Number(raw)
  if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS) {
    throw new UserFacingError('BAD_OPTION', `days must be a whole number from 1 to ${MAX_DAYS}, got “${String(raw)}”.`)
  }
  return days
}
