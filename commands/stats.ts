import type { Command } from './command.ts'
import { DAYS_OPTION, MANAGERS_ONLY, requireReports } from './reports.ts'
import { readDays } from '../src/store/reportPeriod.ts'

const stats: Command<{ days?: number | string }> = {
  definition: {
    name: 'stats',
    description: 'Questions per day, share answered, feedback, answer time (Manage Server only)',
    options: [DAYS_OPTION],
    ...MANAGERS_ONLY,
  },
  visibility: () => 'ephemeral',
  async run({ days }, context) {
    return { kind: 'stats', report: await requireReports(context, 'stats').stats(readDays(days)) }
  },
}

export default stats
