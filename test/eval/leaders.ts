// Scores leader lookups against the dev set's "leaders" section, following its "format.leaders"
// text: names compared case- and accent-insensitively; each role keyword group matched by one
// returned role (all its keywords as whole words, '-' read as a space); the exact article set;
// statements {source, phrase} found among the returned statements (reported separately);
// not_found lookups must return found=false.
import path from 'node:path'
import { isSameTextWarning } from '../../src/corpus/load.ts'
import type { LeaderLookup, LoadWarning } from '../../src/types.ts'
import { matchesGold, type Gold } from './score.ts'

export interface DevLeader {
  id: string
  query: string
  expect: 'found' | 'not_found'
  names?: string[]
  roles?: string[][]
  articles?: string[]
  statements?: Gold[]
}

export interface LeaderScores {
  lookups: number
  /** Share of expect='found' lookups that returned found=true. */
  foundRate: number
  canonicalNameAccuracy: number
  roleKeywordAccuracy: number
  articleSetExactMatch: number
  /** Over every found lookup's expected articles: the share on the card (micro-averaged). */
  articleRecall: number
  /** Over every found lookup's card: the share of its articles that are expected. */
  articlePrecision: number
  /** Expected statement items found among the returned statements, over all items. */
  statementsRecall: number
  /** Share of expect='not_found' lookups that returned someone. */
  falsePositiveRate: number
  /** Share of all lookups fully correct (found ones: found, name, roles and articles; not_found: found=false). */
  leader: number
  /** Ids of the lookups that were not fully correct, with what was wrong. */
  misses: string[]
}

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/-/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()

const words = (s: string) => fold(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean)

/** Every keyword of the group is a whole word (or run of words) of the role. */
export function roleMatchesGroup(role: string, group: string[]): boolean {
  const roleWords = ` ${words(role).join(' ')} `
  return group.every((k) => roleWords.includes(` ${words(k).join(' ')} `))
}

/** Copy → the article whose text it repeats, from the loader's "same text as X; indexed once" warnings. */
export function copiesFromWarnings(warnings: LoadWarning[]): Map<string, string> {
  const copies = new Map<string, string>()
  for (const w of warnings) {
    if (!isSameTextWarning(w)) continue
    const original = /^same text as (.+?); indexed once$/.exec(w.reason)?.[1]
    if (original) copies.set(path.basename(w.source), path.basename(original))
  }
  return copies
}

/**
 * `canonical` maps a file with the same text as an earlier one to that one (the loader indexes such
 * copies once, as the question scorer folds them): with it, article sets are compared with copies folded.
 */
export function scoreLeaders(devLeaders: DevLeader[], lookup: (query: string) => LeaderLookup, canonical?: Map<string, string>): LeaderScores {
  const canon = (a: string) => canonical?.get(path.basename(a)) ?? path.basename(a)
  const expectFound = devLeaders.filter((l) => l.expect === 'found')
  const expectMissing = devLeaders.filter((l) => l.expect === 'not_found')
  let found = 0
  let names = 0
  let roles = 0
  let articles = 0
  let wantedArticles = 0
  let listedArticles = 0
  let rightArticles = 0
  let statementItems = 0
  let statementHits = 0
  let falsePositives = 0
  let correct = 0
  const misses: string[] = []

  for (const item of devLeaders) {
    const result = lookup(item.query)
    if (item.expect === 'not_found') {
      if (result.found) {
        falsePositives++
        misses.push(`${item.id}: "${item.query}" should not be found, got ${result.person?.name}`)
      } else correct++
      continue
    }
    const person = result.found ? result.person : undefined
    const problems: string[] = []
    if (person) found++
    else problems.push('not found')

    const nameOk = Boolean(person && (item.names ?? []).some((n) => fold(n) === fold(person.name)))
    if (nameOk) names++
    else if (person) problems.push(`name "${person.name}"`)

    const rolesOk = Boolean(person && (item.roles ?? []).every((g) => person.roles.some((r) => roleMatchesGroup(r, g))))
    if (rolesOk) roles++
    else if (person) problems.push(`roles ${JSON.stringify(person.roles)}`)

    const got = new Set((person?.articles ?? []).map(canon))
    const want = new Set((item.articles ?? []).map(canon))
    const articlesOk = Boolean(person) && got.size === want.size && [...want].every((a) => got.has(a))
    wantedArticles += want.size
    listedArticles += got.size
    rightArticles += [...got].filter((a) => want.has(a)).length
    if (articlesOk) articles++
    else if (person) problems.push(`articles ${JSON.stringify([...got])}`)

    for (const gold of item.statements ?? []) {
      statementItems++
      const folded = { ...gold, source: canon(gold.source) }
      if (person?.statements.some((s) => matchesGold(s, [gold]) || matchesGold({ ...s, source: canon(s.source) }, [folded]))) statementHits++
      else problems.push(`statement "${gold.phrase}" missing`)
    }

    if (person && nameOk && rolesOk && articlesOk) correct++
    if (problems.length) misses.push(`${item.id}: "${item.query}": ${problems.join('; ')}`)
  }

  const share = (n: number, d: number) => (d === 0 ? 1 : n / d)
  return {
    lookups: devLeaders.length,
    foundRate: share(found, expectFound.length),
    canonicalNameAccuracy: share(names, expectFound.length),
    roleKeywordAccuracy: share(roles, expectFound.length),
    articleSetExactMatch: share(articles, expectFound.length),
    articleRecall: share(rightArticles, wantedArticles),
    articlePrecision: share(rightArticles, listedArticles),
    statementsRecall: share(statementHits, statementItems),
    falsePositiveRate: expectMissing.length ? falsePositives / expectMissing.length : 0,
    leader: share(correct, devLeaders.length),
    misses,
  }
}
