#!/usr/bin/env node
// The `coverage-bot` command. There is no build step for people to run: the first call compiles
// the TypeScript CLI into plain modules under node_modules/.cache/coverage-bot (esbuild, ~150 ms),
// and later calls run those while no source file is newer. That saves ~250 ms a call against
// loading every module through tsx, which matters for a one-shot command (#11: answer within 1 s).
// If the compiled copy cannot be made (read-only install, esbuild missing), tsx runs the source.
// npm ci links this file into node_modules/.bin from a workspace (bin/package.json) rather than
// as the root package's bin: for a root bin, npx first reads the whole installed tree (~0.4 s
// of every `npx coverage-bot` call); from node_modules/.bin it runs the file straight away.
import { buildCli } from './build-cli.mjs'

const compiled = await buildCli().catch(() => undefined)
if (compiled) {
  await import(compiled)
} else {
  const { register } = await import('tsx/esm/api')
  register()
  await import('../src/cli.ts')
}
