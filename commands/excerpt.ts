import { ApplicationCommandOptionType } from 'discord.js'
import { INPUT_MAX, cleanInput } from '../src/input.ts'
import type { Command } from './command.ts'

const excerpt: Command<{ query?: string; source?: string }> = {
  definition: {
    name: 'excerpt',
    description: 'Share one cited passage from the coverage in this channel',
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'query',
        description: 'What the passage is about, e.g. reassurance force',
        required: true,
        max_length: INPUT_MAX.query,
      },
      {
        type: ApplicationCommandOptionType.String,
        name: 'source',
        description: 'Only from this article',
        autocomplete: true,
        max_length: INPUT_MAX.source,
      },
    ],
  },
  visibility: () => 'public',
  async run({ query, source }, { coverage }) {
    // The reply repeats the query ("no passage about …"): the cleaned one, as /ask and /leader do.
    const cleaned = cleanInput(query, 'query')
    const result = coverage.excerpt(cleaned, source || undefined, await coverage.questionVector(cleaned))
    return { kind: 'excerpt', query: cleaned, ...(result ? { result } : {}) }
  },
  autocomplete(_option, typed, { coverage }) {
    return coverage.suggestSources(typed).map((a) => ({ name: `${a.title} (${a.source})`, value: a.source }))
  },
}

export default excerpt
