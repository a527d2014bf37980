// What /gaps and /stats share: who may see them, and the period they cover.
import { ApplicationCommandOptionType, PermissionFlagsBits, type APIApplicationCommandIntegerOption } from 'discord.js'
import { UserFacingError } from '../src/errors.ts'
import type { CommandContext, QuestionReports } from './command.ts'
import { DEFAULT_DAYS, MAX_DAYS } from '../src/store/reportPeriod.ts'

/** The `days` option both reports take. */
export const DAYS_OPTION: APIApplicationCommandIntegerOption = {
  type: ApplicationCommandOptionType.Integer,
  name: 'days',
  description: `How far back to look (default ${DEFAULT_DAYS})`,
  min_value: 1,
  max_value: MAX_DAYS,
}

/** Discord hides a report from members without Manage Server, and from DMs; requireReports checks again. */
export const MANAGERS_ONLY = { default_member_permissions: PermissionFlagsBits.ManageGuild.toString(), dm_permission: false } as const

export function requireReports({ canManageServer, questionLog }: CommandContext, name: string): QuestionReports {
  if (!canManageServer) throw new UserFacingError('FORBIDDEN', `Only members who can manage this server can see /${name}.`)
  if (!questionLog) throw new UserFacingError('LOG_UNAVAILABLE', 'The question log is not kept here, so there is nothing to report.')
  return questionLog
}
