import type { Command } from './command.ts'
import { DAYS_OPTION, MANAGERS_ONLY, requireReports } from './reports.ts'
import { readDays } from '../src/store/reportPeriod.ts'

const gaps: Command<{ days?: number | string }> = {
  definition: {
    name: 'gaps',
    description: 'What members asked that the coverage did not answer (Manage Server only)',
    options: [DAYS_OPTION],
    ...MANAGERS_ONLY,
  },
  visibility: () => 'ephemeral',
  async run({ days }, context) {
    const log = requireReports(context, 'gaps')
    return { kind: 'gaps', report: await log.gaps(readDays(days), context.coverage.index.analyzer) }
  },
}

export default gaps
