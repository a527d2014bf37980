import { ApplicationCommandOptionType, PermissionFlagsBits } from 'discord.js'
import type { Command } from './command.ts'
import { readDays, requireReports } from './reports.ts'

const stats: Command<{ days?: number | string }> = {
  definition: {
    name: 'stats',
    description: 'Questions per day, share answered, feedback, answer time (Manage Server only)',
    options: [
      { type: ApplicationCommandOptionType.Integer, name: 'days', description: 'How far back to look (default 30)', min_value: 1, max_value: 3650 },
    ],
    default_member_permissions: PermissionFlagsBits.ManageGuild.toString(),
    dm_permission: false,
  },
  visibility: () => 'ephemeral',
  async run({ days }, context) {
    return { kind: 'stats', report: await requireReports(context, 'stats').stats(readDays(days)) }
  },
}

export default stats
