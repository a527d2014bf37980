// Picks up added, changed and removed articles without a restart: a change in the folder
// triggers a reload once things have been quiet for a moment (an editor or a copy writes in bursts).
import { watch, type FSWatcher } from 'node:fs'
import { describeReload } from '../commands/reload.ts'
import type { Coverage } from './coverage.ts'
import type { Logger } from './log.ts'

export const WATCH_SETTLE_MS = 1000

export function watchCoverage(coverage: Coverage, logger: Logger, settleMs = WATCH_SETTLE_MS): { close(): void } {
  let timer: NodeJS.Timeout | undefined
  let watcher: FSWatcher | undefined
  const reload = () => {
    coverage.reload().then(
      (report) => logger.info({ ...report, warnings: report.warnings.length }, describeReload(report)),
      // The old coverage keeps serving; say why the new one was not taken.
      (error: unknown) => logger.warn({ err: error }, 'reload failed; still serving the previous coverage'),
    )
  }
  try {
    watcher = watch(coverage.dir, { persistent: false }, () => {
      clearTimeout(timer)
      timer = setTimeout(reload, settleMs)
    })
    watcher.on('error', (error) => logger.warn({ err: error }, 'stopped watching the articles folder'))
  } catch (error) {
    logger.warn({ err: error, dir: coverage.dir }, 'cannot watch the articles folder; use /reload')
  }
  return {
    close() {
      clearTimeout(timer)
      watcher?.close()
    },
  }
}
