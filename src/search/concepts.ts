// Concepts: different words for the same thing in the news. "Berlin", "Germany" and "German"
// all tag a passage with one country concept; "PM" and "prime minister" with one office. The
// tag is indexed beside the words, so a question in one wording finds a passage in another,
// while the exact word still scores higher (its own term matches too).
import { createRequire } from 'node:module'
import type { Country } from 'world-countries'

/** Surface form (folded, words separated by one space) → concept tag. */
export type ConceptTable = Map<string, string>

/** Common news abbreviations and the offices/bodies they stand for. */
const NEWS_CONCEPTS: Record<string, string[]> = {
  pm: ['pm', 'prime minister', 'premier'],
  fm: ['foreign minister', 'foreign secretary', 'top diplomat'],
  eu: ['eu', 'european union'],
  un: ['un', 'united nations'],
  nato: ['nato', 'north atlantic treaty organization', 'north atlantic alliance'],
  mp: ['mp', 'mps', 'member of parliament', 'members of parliament'],
  ceo: ['ceo', 'chief executive', 'chief executive officer'],
  cfo: ['cfo', 'chief financial officer', 'finance director'],
  cto: ['cto', 'chief technology officer', 'chief technical officer'],
  coo: ['coo', 'chief operating officer'],
  // British and Commonwealth companies' chief: "who is the md of the ferry company".
  md: ['md', 'managing director'],
  // "Prof Kowalczyk" (BBC style) and "Professor Henrik Lindquist"; "what did prof lindquist say".
  professor: ['prof', 'professor'],
  gdp: ['gdp', 'gross domestic product'],
  // A rate's move as financial wires print it ("25 bps") and as everyone else does ("25 basis points").
  bps: ['bps', 'basis points', 'basis point'],
  ceasefire: ['ceasefire', 'cease-fire', 'truce', 'armistice'],
  // A match report's words for the goal that levels a game: "who got the equaliser" is answered by
  // "drew level in the 78th minute, when Tanabe headed in".
  equaliser: ['equaliser', 'equalizer', 'equalised', 'equalized', 'equalising goal', 'equalizing goal', 'drew level', 'levelled', 'leveled'],
}

/**
 * Country names that world-countries leaves out but the news uses every day, and the ones people
 * type in chat ("the aussie open", "the pinoy fighter", "kiwi farmers"). Not "brits" (the awards),
 * "yanks" (a verb) or "oz" (ounces).
 */
const EXTRA_COUNTRY_NAMES: Record<string, string[]> = {
  GB: ['britain', 'britons', 'westminster', 'england', 'english', 'blighty'],
  US: ['us', 'america', 'americans', 'washington'],
  RU: ['moscow', 'kremlin'],
  UA: ['kiev', 'kyiv'],
  TR: ['turkey'],
  AU: ['aussie', 'aussies'],
  NZ: ['kiwi', 'kiwis'],
  PH: ['pinoy', 'pinoys', 'pinay'],
  NG: ['naija'],
}

const CAPITAL_METONYM_MIN_AREA_KM2 = 20_000

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

let cached: ConceptTable | undefined

export function conceptTable(): ConceptTable {
  if (cached) return cached
  const table: ConceptTable = new Map()
  const add = (form: string, tag: string) => {
    const key = fold(form)
    // Two-letter ISO codes ("IN", "IT", "DE") are ordinary words once lower-cased: leave them out.
    if (key.length > 2 || ['uk', 'us', 'eu', 'un', 'pm', 'mp', 'fm', 'md'].includes(key)) {
      if (!table.has(key)) table.set(key, tag)
    }
  }
  for (const [tag, forms] of Object.entries(NEWS_CONCEPTS)) for (const f of forms) add(f, `§${tag}`)
  // Sovereign, larger countries first: "American" is the United States before the Northern
  // Mariana Islands, "French" is France before its southern territories.
  // Read through require: the package's ESM entry re-exports JSON without an import attribute.
  const countries: Country[] = createRequire(import.meta.url)('world-countries/countries.json')
  const ranked = [...countries].sort((a, b) => Number(b.unMember) - Number(a.unMember) || b.area - a.area)
  for (const c of ranked) {
    const tag = `§${c.cca2.toLowerCase()}`
    add(c.name.common, tag)
    for (const alt of c.altSpellings) if (alt !== c.cca2) add(alt, tag)
    // A capital stands for its government only for countries the news names that way; small
    // states' capitals are too often ordinary words or surnames ("Male", "Victoria", "Hamilton").
    if (c.unMember && c.area >= CAPITAL_METONYM_MIN_AREA_KM2) for (const capital of c.capital ?? []) add(capital, tag)
    const demonyms = c.demonyms?.eng
    if (demonyms) {
      add(demonyms.m, tag)
      add(demonyms.f, tag)
      add(`${demonyms.m}s`, tag)
    }
    for (const extra of EXTRA_COUNTRY_NAMES[c.cca2] ?? []) add(extra, tag)
  }
  cached = table
  return table
}

/** The capitals of the country a folded word names ("australia" → Canberra), as world-countries spells them; none for another word. */
export function capitalsOf(folded: string): string[] {
  if (!isCountryWord(folded)) return []
  const code = conceptTable().get(folded)!.slice(1).toUpperCase()
  const countries: Country[] = createRequire(import.meta.url)('world-countries/countries.json')
  return countries.find((c) => c.cca2 === code)?.capital ?? []
}

/** A country's name, demonym or capital, as one folded word: "iceland", "icelanders", "reykjavik"; not "pm" or "eu". */
export function isCountryWord(folded: string): boolean {
  const tag = conceptTable().get(folded)
  return tag !== undefined && isCountryTag(tag)
}

/** A country's concept tag: its two-letter code ("§za"); some of the news concepts' tags are two letters too ("§pm"). */
export function isCountryTag(tag: string): boolean {
  return /^§[a-z]{2}$/.test(tag) && !Object.hasOwn(NEWS_CONCEPTS, tag.slice(1))
}

/** The longest phrase a concept has, in words: how far the tokenizer looks ahead. */
const MAX_CONCEPT_WORDS = 4

/** Per table: the first word of every concept phrase → the most words a phrase starting with it has. */
const phraseLengthsOf = new WeakMap<ConceptTable, Map<string, number>>()

function phraseLengths(table: ConceptTable): Map<string, number> {
  let lengths = phraseLengthsOf.get(table)
  if (!lengths) {
    lengths = new Map()
    for (const key of table.keys()) {
      const words = key.split(' ')
      lengths.set(words[0]!, Math.min(MAX_CONCEPT_WORDS, Math.max(lengths.get(words[0]!) ?? 0, words.length)))
    }
    phraseLengthsOf.set(table, lengths)
  }
  return lengths
}

/**
 * Concept phrases among folded words, the longest at each place first: [start, word count, tag].
 * `refuseWord(i)` turns down a one-word match ("us" the pronoun is not "US" the country).
 */
export function findConceptPhrases(folded: string[], table: ConceptTable, refuseWord?: (i: number) => boolean): [number, number, string][] {
  const found: [number, number, string][] = []
  const lengths = phraseLengths(table)
  for (let i = 0; i < folded.length; i++) {
    const longest = lengths.get(folded[i]!)
    if (longest === undefined) continue
    for (let n = Math.min(longest, folded.length - i); n >= 1; n--) {
      const tag = table.get(n === 1 ? folded[i]! : folded.slice(i, i + n).join(' '))
      if (!tag || (n === 1 && refuseWord?.(i))) continue
      found.push([i, n, tag])
      i += n - 1
      break
    }
  }
  return found
}
