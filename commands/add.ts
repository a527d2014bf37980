import { ApplicationCommandOptionType, PermissionFlagsBits } from 'discord.js'
import { UserFacingError } from '../src/errors.ts'
import { INPUT_MAX, cleanInput } from '../src/input.ts'
import type { Command } from './command.ts'

const add: Command<{ url?: string }> = {
  definition: {
    name: 'add',
    description: 'Add one article to the coverage from a link (Manage Server only)',
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'url',
        description: 'Link to a news article (http or https)',
        required: true,
        max_length: INPUT_MAX.url,
      },
    ],
    // Discord hides the command from members without the permission; run() checks again.
    default_member_permissions: PermissionFlagsBits.ManageGuild.toString(),
    dm_permission: false,
  },
  visibility: () => 'ephemeral',
  async run({ url }, { coverage, canManageServer, ingest }) {
    if (!canManageServer) throw new UserFacingError('FORBIDDEN', 'Only members who can manage this server can add articles to the coverage.')
    if (!ingest) throw new UserFacingError('UNAVAILABLE', 'Adding links is not available here.')
    const outcome = await ingest.add(cleanInput(url, 'url', { requireWords: false }))
    // In the coverage at once, not only after the folder watcher notices the file. A reload that
    // fails keeps the previous coverage serving (the watcher logs why); the article was still added.
    if (outcome.status === 'added') await coverage.reload().catch(() => undefined)
    return { kind: 'added', outcome }
  },
}

export default add
