// Ingest wired to the configuration: one fetcher (one request per host at a time, shared by the
// poller and /add), the state in DATA_DIR, articles written into CORPUS_DIR, where the folder
// watcher (src/watch.ts) picks them up.
import type { Config } from '../config.ts'
import type { Coverage } from '../coverage.ts'
import { removeStaleTempFiles } from './articleFile.ts'
import { createExtractor } from './extractor.ts'
import { createFetcher, DEFAULT_LIMITS } from './fetch.ts'
import { Ingestor, type IngestOutcome } from './ingest.ts'
import { FeedPoller, type PollLogger } from './poller.ts'
import { IngestState } from './state.ts'

export interface Ingest {
  add(url: string): Promise<IngestOutcome>
  poller: FeedPoller
  close(): Promise<void>
}

export async function openIngest(
  config: Pick<Config, 'corpusDir' | 'dataDir' | 'feedsFile' | 'feedIntervalMinutes' | 'allowPrivateUrls'>,
  { coverage, logger }: { coverage?: Coverage; logger?: PollLogger } = {},
): Promise<Ingest> {
  const removed = await removeStaleTempFiles(config.corpusDir)
  if (removed.length) logger?.warn({ removed }, 'removed temporary files an interrupted write left in the articles folder')
  const state = await IngestState.open(config.dataDir, logger)
  const fetcher = createFetcher({ ...DEFAULT_LIMITS, allowPrivate: config.allowPrivateUrls })
  const extractor = createExtractor()
  const ingestor = new Ingestor({ corpusDir: config.corpusDir, fetcher, state, extract: extractor.extract, ...(coverage ? { currentArticles: () => coverage.articles } : {}) })
  const poller = new FeedPoller({ feedsFile: config.feedsFile, fetcher, ingestor, state, intervalMs: config.feedIntervalMinutes * 60_000, ...(logger ? { logger } : {}) })
  return {
    add: (url) => ingestor.add(url),
    poller,
    async close() {
      await poller.stop()
      await extractor.close()
    },
  }
}
