// Picks up added, changed and removed articles without a restart: a change in the folder
// triggers a reload once things have been quiet for a moment (an editor or a copy writes in bursts).
import { watch, type FSWatcher } from 'node:fs'
import path from 'node:path'
import { describeReload } from '../commands/reload.ts'
import { listFolders } from './corpus/load.ts'
import type { Coverage } from './coverage.ts'
import type { Logger } from './log.ts'

export const WATCH_SETTLE_MS = 1000

/**
 * One watcher per folder, the articles folder and each folder inside it, kept in step with the
 * folders after every reload. Node's own recursive watch polls every file on Linux (a timer per
 * file: 2,225 for BBC), while a folder's watcher hears about all of its files.
 */
export function watchCoverage(coverage: Coverage, logger: Logger, settleMs = WATCH_SETTLE_MS): { close(): void } {
  let timer: NodeJS.Timeout | undefined
  let closed = false
  const watchers = new Map<string, FSWatcher>()
  const changed = () => {
    clearTimeout(timer)
    timer = setTimeout(reload, settleMs)
  }
  const watchFolder = (folder: string) => {
    try {
      const watcher = watch(path.join(coverage.dir, folder), { persistent: false }, changed)
      // A folder removed while watched ends its watcher; the reload that follows drops it.
      watcher.on('error', (error) => (folder ? watchers.delete(folder) : logger.warn({ err: error }, 'stopped watching the articles folder')))
      watchers.set(folder, watcher)
    } catch (error) {
      if (!folder) logger.warn({ err: error, dir: coverage.dir }, 'cannot watch the articles folder; use /reload')
    }
  }
  const followFolders = async (atStart: boolean) => {
    const folders = new Set(await listFolders(coverage.dir).catch(() => ['']))
    if (closed) return
    for (const [folder, watcher] of watchers) {
      if (!folders.has(folder)) {
        watcher.close()
        watchers.delete(folder)
      }
    }
    const added = [...folders].filter((folder) => !watchers.has(folder))
    for (const folder of added) watchFolder(folder)
    // Files copied into a new folder before its watcher began are read by one more reload.
    if (added.length && !atStart) changed()
  }
  const reload = () => {
    coverage.reload().then(
      (report) => logger.info({ ...report, warnings: report.warnings.length }, describeReload(report)),
      // The old coverage keeps serving; say why the new one was not taken.
      (error: unknown) => logger.warn({ err: error }, 'reload failed; still serving the previous coverage'),
    )
    void followFolders(false)
  }
  watchFolder('')
  void followFolders(true)
  return {
    close() {
      closed = true
      clearTimeout(timer)
      for (const watcher of watchers.values()) watcher.close()
      watchers.clear()
    },
  }
}
