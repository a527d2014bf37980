import type { Command } from './command.ts'

const sources: Command = {
  definition: { name: 'sources', description: 'The articles in the coverage, with titles and passage counts' },
  visibility: () => 'ephemeral',
  run(_options, { coverage }) {
    return { kind: 'sources', articles: coverage.sources(), warnings: coverage.warnings }
  },
}

export default sources
