import { ApplicationCommandOptionType, PermissionFlagsBits } from 'discord.js'
import type { Command } from './command.ts'
import { readDays, requireReports } from './reports.ts'

const gaps: Command<{ days?: number | string }> = {
  definition: {
    name: 'gaps',
    description: 'What members asked that the coverage did not answer (Manage Server only)',
    options: [
      { type: ApplicationCommandOptionType.Integer, name: 'days', description: 'How far back to look (default 30)', min_value: 1, max_value: 3650 },
    ],
    // Discord hides the command from members without the permission; run() checks again.
    default_member_permissions: PermissionFlagsBits.ManageGuild.toString(),
    dm_permission: false,
  },
  visibility: () => 'ephemeral',
  async run({ days }, context) {
    const log = requireReports(context, 'gaps')
    return { kind: 'gaps', report: await log.gaps(readDays(days), context.coverage.index.analyzer) }
  },
}

export default gaps
