import { PermissionFlagsBits } from 'discord.js'
import { UserFacingError } from '../src/errors.ts'
import type { ReloadReport } from '../src/coverage.ts'
import type { Command } from './command.ts'

const reload: Command = {
  definition: {
    name: 'reload',
    description: 'Re-read the articles folder now (Manage Server only)',
    // Discord hides the command from members without the permission; run() checks again.
    default_member_permissions: PermissionFlagsBits.ManageGuild.toString(),
    dm_permission: false,
  },
  visibility: () => 'ephemeral',
  async run(_options, { coverage, canManageServer }) {
    if (!canManageServer) throw new UserFacingError('FORBIDDEN', 'Only members who can manage this server can reload the coverage.')
    const report = await coverage.reload()
    return { kind: 'notice', tone: 'info', message: describeReload(report) }
  },
}

export function describeReload({ added, removed, changed, warnings, articles }: ReloadReport): string {
  const parts = [
    added.length && `${added.length} added`,
    changed.length && `${changed.length} changed`,
    removed.length && `${removed.length} removed`,
  ].filter(Boolean)
  const summary = parts.length ? parts.join(', ') : 'no changes'
  const skipped = warnings.length ? ` ${warnings.length} file${warnings.length === 1 ? '' : 's'} skipped (see /sources).` : ''
  return `Coverage reloaded: ${articles} article${articles === 1 ? '' : 's'} (${summary}).${skipped}`
}

export default reload
