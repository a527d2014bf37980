// Text → index terms, the same way for articles and questions: words folded (case, diacritics),
// possessives dropped, stop words out, corpus-learned name variants mapped to one spelling,
// English stemming, plus concept tags ("§de" for Berlin/Germany/German). These are minisearch's
// own hooks (tokenize, processTerm), so the index and the query can never analyze differently.
import { stemmer } from 'stemmer'
import { conceptTable, findConceptPhrases, type ConceptTable } from './concepts.ts'
import { CURRENCY_BY_CODE, CURRENCY_LETTERS, CURRENCY_SYMBOLS, LETTER_SIGNS, LONE_LETTER_SIGNS, LONG_SYMBOLS, SYMBOL_CLASS } from './currencies.ts'
import { foldText, foldWord } from './fold.ts'
import { firstPartOfSpeech, isNoun, isOrdinaryWord } from './lexicon.ts'
import { STOP_WORDS } from './stopwords.ts'
import { phrasalVerbAt } from './synonyms.ts'
import type { NameVariants } from './variants.ts'

export { foldText, foldWord } from './fold.ts'

const WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)*/gu
/** "U.S." → "US", "U.K." → "UK": a dotted acronym is one word. */
const DOTTED_ACRONYM = /\b(?:\p{Lu}\.){2,}/gu
const CONCEPT_PREFIX = '§'
/** "one-on-one", "well-equipped": a hyphenated compound is also one word of its own. */
const COMPOUND = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu
/** Entries per memo table: ~10× the distinct words of the BBC corpus, a few tens of MB at most. */
const MEMO_LIMIT = 500_000

/** One meaningful word of a question with the terms that can satisfy it. */
export interface QuerySlot {
  word: string
  /** Its own term (folded, variant-mapped, stemmed). */
  term: string
  /** Concept tags covering the word ("§gb" for "Britain"). */
  tags: string[]
  /**
   * Written as a name: a capital that is not only the question's first letter ("Mars", "what
   * did Taiwan say", "NHS waiting lists"), on a word that is not English. "Whats", "Wud" and
   * "Multinational" at the start are capitalised because they start the question.
   */
  writtenAsName: boolean
  /** Only in the sentences before the one that asks ("I was reading about this earlier. …"). */
  context: boolean
  /** The verb of several words this word is part of, as WordNet writes it ("step_in"): see phrasalVerbAt. */
  phrase?: string
}

export interface Analyzer {
  /** minisearch `tokenize`: words, then concept tags for the phrases found. */
  tokenize(text: string): string[]
  /** minisearch `processTerm`: one word → its term(s), or null for a stop word. */
  processTerm(token: string): string | string[] | null
  /** Every term of a text, in order (concept tags at the end). */
  terms(text: string): string[]
  /** A question's meaningful words, each with its term and concept tags; then those of the sentences before it (`scene`) not asked again. */
  querySlots(question: string, scene?: string): QuerySlot[]
  /** The term of one folded word, without variant mapping: stemmed, unless it is a name. */
  wordTerm(folded: string): string
  /** A folded word the corpus writes as a name (capitalised inside sentences) that is not ordinary English: "merz", "nauseda". */
  isName(folded: string): boolean
  /** The corpus writes the folded word with a capital inside sentences, English or not: "merz", "brown", "straw". */
  writesCapitalised(folded: string): boolean
}

/**
 * Numbers match across the forms people type and papers print: "£5bn" and "5 billion pounds",
 * "5,000m" and "5000 metres", "A380s" and "A380", "five" and "5". Applied to articles and
 * questions alike (before splitting into words), so it only changes which words are indexed;
 * quoted text is never touched.
 */
const MAGNITUDE: Record<string, string> = { bn: 'billion', mn: 'million', m: 'million', k: 'thousand', tn: 'trillion' }
/** A sum by its sign, and rupees as Indian papers print them: "£5bn", "GH¢1.2m", "Rs 2,418 crore", "Rs. 38". */
const SUM_BY_SYMBOL = new RegExp(String.raw`(${SYMBOL_CLASS}|\b(?:${LONG_SYMBOLS})|\bRs\.?)\s?(\d+(?:\.\d+)?)\s?(bn|m|k|tn)?\b`, 'gi')
/**
 * A sum with its sign after the figure, as continental papers print it and their translations
 * keep: "60 M€" (60 million euros), "1500 €", "300 ₽". Not a sign that starts the next sum ("in 2004 £5bn").
 */
const SUM_SIGN_AFTER = new RegExp(String.raw`\b(\d+(?:\.\d+)?)\s?(bn|mn|m|k)?\s?(${SYMBOL_CLASS})(?!\s?\d)`, 'gi')
/** A sum by its letters before the figure, in millions or more ("KSh 3bn", "R2.5 billion"): a lone letter only so (not "the N2"). */
const LETTER_SUM_IN_UNITS = new RegExp(String.raw`\b(?:(${LETTER_SIGNS})\s?|([${LONE_LETTER_SIGNS}]))(\d+(?:\.\d+)?)[\s-]?(million|billion|trillion|bn|m)\b`, 'g')
/** A sum by two letters or more before the figure: "Sh900", "Bs 25,000". */
const SUM_BY_LETTER_SIGN = new RegExp(String.raw`\b(${LETTER_SIGNS})\s?(\d+(?:\.\d+)?)`, 'g')
/** Letter signs of three letters or more ("KSh", "UShs"), by their lower case: no English word is one. */
const CURRENCY_BY_LONG_LETTER_SIGN = new Map(
  Object.entries(CURRENCY_LETTERS)
    .filter(([sign]) => /^[A-Za-z]{3,}$/.test(sign))
    .map(([sign, currency]) => [sign.toLowerCase(), currency]),
)
const SUM_BY_LONG_LETTER_SIGN = new RegExp(
  String.raw`\b(${[...CURRENCY_BY_LONG_LETTER_SIGN.keys()].sort((a, b) => b.length - a.length).join('|')})\s?(\d+(?:\.\d+)?)`,
  'gi',
)
const UNIT: Record<string, string> = { m: 'metres', km: 'kilometres', kg: 'kilograms', mph: 'mph', cm: 'centimetres', mm: 'millimetres', ft: 'feet', lb: 'pounds', lbs: 'pounds' }
const NUMBER_WORDS = new Map(
  ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty']
    .map((word, n) => [word, String(n)] as [string, string])
    // "one" is as often a pronoun ("no one") as a number.
    .filter(([word]) => word !== 'one')
    .concat([['thirty', '30'], ['forty', '40'], ['fifty', '50'], ['sixty', '60'], ['seventy', '70'], ['eighty', '80'], ['ninety', '90'], ['hundred', '100']]),
)

/** Number words before "and a half": "one" too, which there is no pronoun. */
const WHOLE_NUMBER_WORDS = new Map([...NUMBER_WORDS, ['one', '1']])
const AND_A_HALF = new RegExp(`\\b(\\d+|${[...WHOLE_NUMBER_WORDS.keys()].join('|')})[\\s-]+and[\\s-]+a[\\s-]+half\\b`, 'gi')

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?'
const ORDINAL_FIGURE = new RegExp(`(?<!\\b${MONTH}\\s)\\b(\\d{1,2})(?:st|nd|rd|th)\\b(?!\\s+(?:of\\s+)?${MONTH}(?![a-z]))`, 'gi')
const ORDINALS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth']

/**
 * "Mathematics Paper II", "a Phase III trial", "World War II": a Roman numeral after a
 * capitalised word is the number people type ("maths paper 2", "phase 3"); so are "ii" and "iii"
 * typed after a word ("world war ii"). Not I, V, X or XI alone (a pronoun, letters, Xi), nor
 * "iv" in lower case (a drip).
 */
const ROMAN_AFTER_WORD = /(?<=\b\p{Lu}[\p{L}'’-]*\s)(II|III|IV|VI|VII|VIII|IX)\b|(?<=\b\p{L}[\p{L}'’-]*\s)(ii|iii)\b/gu
const ROMAN: Record<string, string> = { ii: '2', iii: '3', iv: '4', vi: '6', vii: '7', viii: '8', ix: '9' }
/** A cheap test before the lookbehinds: most texts hold no numeral at all. */
const ANY_ROMAN = /\b(?:II|III|IV|VI|VII|VIII|IX|ii|iii)\b/

export function normalizeNumbers(text: string): string {
  if (ANY_ROMAN.test(text)) text = text.replace(ROMAN_AFTER_WORD, (numeral) => ROMAN[numeral.toLowerCase()]!)
  // "four and a half per cent" is the 4.5% people type, "two-and-a-half years" 2.5 years.
  if (/\band[\s-]+a[\s-]+half\b/i.test(text)) text = text.replace(AND_A_HALF, (_, n: string) => `${/\d/.test(n) ? n : (WHOLE_NUMBER_WORDS.get(n.toLowerCase()) ?? n)}.5`)
  if (!/\d/.test(text)) return text
  return (
    text
      // Indian grouping: 1,42,350 → 142350 (lakhs and crores are grouped in pairs)
      .replace(/\b\d{1,2}(?:,\d\d)+,\d{3}(?![\d,])/g, (n) => n.replaceAll(',', ''))
      // 5,000 → 5000; 1,250,000 → 1250000
      .replace(/(\d),(?=\d{3}(?!\d))/g, '$1')
      // A round figure of millions in digits is the millions people type: "4,000,000" is "4 million",
      // "1,200,000" is "1.2 million" (not "1,796,412": a count to the unit stays as it is).
      .replace(/\b[1-9]\d{6,11}\b/g, (n) => (Number(n) % 1e5 === 0 ? inMillions(Number(n)) : n))
      // Indian English counts in lakhs (100,000) and crores (10 million): "1.4 lakh" is 140000 as
      // "300k" is 300000, "40 lakh" is "4 million"; "Rs 3,520-crore" is 35.2 billion as "£5bn" is 5 billion.
      .replace(/\b(\d+(?:\.\d+)?)[\s-]?(lakhs?|crores?)\b/gi, (whole, n: string, unit: string) => {
        const factor = /^l/i.test(unit) ? 1e5 : 1e7
        const value = Number(n) * factor
        return value >= 1e6 ? inMillions(value) : (times(n, factor) ?? whole)
      })
      // Thousands as papers print them ("$300,000", "12,000"): "300k", "$12k" and "300 thousand" too.
      .replace(/\b(\d+(?:\.\d+)?)(?:k|\s+thousand)\b/gi, (whole, n: string) => times(n, 1000) ?? whole)
      // £5bn, $40m, €2.5bn → "5 billion pounds" (the decimal point splits the words anyway)
      // Rand, ringgit, shillings, kwacha and naira as letters before the figure ("R450 000", "RM7.7
      // billion", "Sh900 million", "Shs660 billion", "K4.9 billion"); a lone R, N or K only
      // before a sum, not "the N2 highway" or "K2".
      .replace(/\bR(\d{1,3}(?:[ \u00a0]\d{3})+)\b/g, (_, n: string) => ` ${n.replace(/[ \u00a0]/g, '')} rand `)
      // Thousands set apart by a space, as South African, French and Nordic papers print them:
      // "250 000 homes", "2 140 dockers"; not "in 2004 100 people" (a year is four digits), nor "2 100m races".
      .replace(/(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,]?\d|\p{L})/gu, (n) => n.replace(/[ \u00a0\u202f]/g, ''))
      // ISO codes in capitals ("PLN 100", "EUR 2.5m"): one pattern for all, the table says which are codes.
      .replace(/\b([A-Z]{3}) ?(\d+(?:\.\d+)?)(?:[\s-]?(million|billion|trillion|bn|m)\b)?/g, (whole, code: string, n: string, mag?: string) =>
        CURRENCY_BY_CODE[code] ? ` ${n} ${mag ? (MAGNITUDE[mag] ?? mag) : ''} ${CURRENCY_BY_CODE[code]} ` : whole,
      )
      .replace(LETTER_SUM_IN_UNITS, (_, signs?: string, sign?: string, n?: string, mag?: string) => ` ${n!} ${MAGNITUDE[mag!] ?? mag!} ${CURRENCY_LETTERS[(signs ?? sign)!]!} `)
      .replace(SUM_BY_LETTER_SIGN, (_, sign: string, n: string) => ` ${n} ${CURRENCY_LETTERS[sign]!} `)
      // "ksh 100", as chat types it: a sign of three letters or more is one in lower case too.
      .replace(SUM_BY_LONG_LETTER_SIGN, (_, sign: string, n: string) => ` ${n} ${CURRENCY_BY_LONG_LETTER_SIGN.get(sign.toLowerCase())!} `)
      .replace(SUM_SIGN_AFTER, (_, n: string, mag: string | undefined, sign: string) => ` ${n} ${mag ? MAGNITUDE[mag.toLowerCase()]! : ''} ${CURRENCY_SYMBOLS[sign]!} `)
      // Rupees as Indian papers print them too: "Rs 2,418 crore", "Rs. 38", "₹500".
      .replace(SUM_BY_SYMBOL, (_, sign: string, n: string, mag?: string) => ` ${n} ${mag ? MAGNITUDE[mag.toLowerCase()]! : ''} ${CURRENCY_SYMBOLS[sign.toUpperCase() === 'GH¢' ? 'GH¢' : sign] ?? 'rupees'} `)
      // 5bn, 300m with no currency: a magnitude after a number ("5bn"), a unit after a large or round one ("5000m", "100m")
      .replace(/\b(\d+(?:\.\d+)?)(bn|tn|km|kg|mph|cm|mm|ft|lbs?|m|k)\b/gi, (_, n: string, suffix: string) => {
        const s = suffix.toLowerCase()
        if (s === 'm') return `${n} ${Number(n) >= 100 ? 'metres' : 'million'}`
        if (s === 'k') return `${n} thousand`
        return `${n} ${MAGNITUDE[s] ?? UNIT[s]!}`
      })
      // Under a billion in billions is the millions papers print: "0.78bn" is "780 million".
      .replace(/\b0\.(\d{1,3})\s+billion\b/gi, (_, fraction: string) => `${Number(fraction.padEnd(3, '0'))} million`)
      // "1st", "3rd odi" → "first", "third": news prose spells ordinals out ("the first One-day
      // International"). Not a day of a month ("May 5th", "5th of May"): a date keeps its figure.
      .replace(ORDINAL_FIGURE, (whole, n: string) => ORDINALS[Number(n)] ?? whole)
      // A380s → A380 (a model or a decade written as a plural: "the 1980s" → 1980)
      .replace(/\b([\p{L}]*\d+)s\b/gu, '$1')
  )
}

/** 500,000,000 (50 crore) → "500 million", 35,200,000,000 → "35.2 billion": in the words "$500m" and "£35.2bn" are indexed as. */
function inMillions(value: number): string {
  const millions = value / 1e6
  const [figure, magnitude] = millions < 1000 ? [millions, 'million'] : [millions / 1000, 'billion']
  return `${Number(figure.toFixed(4))} ${magnitude}`
}

/** "300" × 1000 → "300000", "2.5" × 1000 → "2500": a whole number once multiplied, else undefined. */
function times(n: string, factor: number): string | undefined {
  const value = Number(n) * factor
  const whole = Math.round(value)
  return Math.abs(value - whole) < 1e-6 ? String(whole) : undefined
}

export function isConceptTerm(term: string): boolean {
  return term.startsWith(CONCEPT_PREFIX)
}

function isAllCaps(word: string): boolean {
  return /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(word)
}

export function createAnalyzer(variants: NameVariants, concepts: ConceptTable = conceptTable()): Analyzer {
  // The stemmer reads "use", "used", "using" and "useful" as "us", the term of the country
  // ("US"): "what racket does sania mirza use" matched "US Open". They are "use".
  const stemWord = (folded: string) => {
    if (/^\p{N}/u.test(folded)) return folded
    const stem = stemmer(folded)
    return stem === 'us' && folded !== 'us' ? 'use' : stem
  }

  const splitWords = (text: string) => text.replace(DOTTED_ACRONYM, (m) => m.replaceAll('.', '')).match(WORD) ?? []

  // Memo tables: a corpus has far fewer distinct words than words, and folding (NFKD + regexes)
  // and stemming dominated both index build and ranking in the profile. Bounded, so questions
  // full of made-up words cannot grow them forever.
  const foldMemo = new Map<string, string>()
  const termMemo = new Map<string, string | null>()
  const memoFold = (word: string): string => {
    let folded = foldMemo.get(word)
    if (folded === undefined) {
      folded = foldWord(word)
      if (foldMemo.size >= MEMO_LIMIT) foldMemo.clear()
      foldMemo.set(word, folded)
    }
    return folded
  }
  /** Concept phrases among the words, longest first: [start, word count, tag]. */
  const findConcepts = (words: string[]): [number, number, string][] => {
    const folded = words.map(memoFold)
    // "us" the pronoun is not "US" the country: a one-word form that is also a function word only counts in capitals.
    return findConceptPhrases(folded, concepts, (i) => STOP_WORDS.has(folded[i]!) && !isAllCaps(words[i]!))
  }

  const tokenize = (text: string): string[] => {
    const words = splitWords(normalizeNumbers(text))
    const tags = findConcepts(words).map(([, , tag]) => tag)
    const compounds = (text.match(COMPOUND) ?? []).map((c) => c.replaceAll('-', ''))
    return tags.length || compounds.length ? [...words, ...compounds, ...tags] : words
  }

  // Names are not stemmed: "Mars" is not "marred". A name is a word the corpus capitalizes
  // inside sentences that is not ordinary English ("President" is both, and stays stemmed).
  const properNouns = new Set([...variants.canonical.keys(), ...[...variants.bySkeleton.values()].flat()])
  const writesCapitalised = (folded: string) => properNouns.has(folded)
  const isName = (folded: string) => writesCapitalised(folded) && !isOrdinaryWord(folded)
  const wordTerm = (folded: string): string => {
    if (!isName(folded)) return stemWord(folded)
    // "Americans" is the plural of the name "American".
    const singular = folded.endsWith('s') ? folded.slice(0, -1) : ''
    return singular && isName(singular) ? singular : folded
  }

  const analyzeToken = (token: string): string | null => {
    const word = memoFold(token)
    const folded = NUMBER_WORDS.get(word) ?? word
    if (!folded || (folded.length < 2 && !/\p{N}/u.test(folded))) return null
    if (STOP_WORDS.has(folded) && !isAllCaps(token)) return null
    return wordTerm(variants.canonical.get(folded) ?? folded)
  }

  const processTerm = (token: string): string | null => {
    if (token.startsWith(CONCEPT_PREFIX)) return token
    let term = termMemo.get(token)
    if (term === undefined) {
      term = analyzeToken(token)
      if (termMemo.size >= MEMO_LIMIT) termMemo.clear()
      termMemo.set(token, term)
    }
    return term
  }

  const terms = (text: string): string[] => {
    const out: string[] = []
    for (const token of tokenize(text)) {
      const term = processTerm(token)
      if (term) out.push(term)
    }
    return out
  }

  /** One text's slots, after those already found (`seen`): a word asked twice counts once. */
  const slotsOf = (text: string, seen: Set<string>, context: boolean): QuerySlot[] => {
    const split: string[] = splitWords(normalizeNumbers(text))
    const folded = split.includes('us') ? split.map(memoFold) : []
    const words = split.map((word, i) => (word === 'us' && usReadsAsCountry(folded, i) ? 'US' : word))
    const tagsAt = new Map<number, string[]>()
    for (const [start, n, tag] of findConcepts(words)) {
      for (let i = start; i < start + n; i++) tagsAt.set(i, [...(tagsAt.get(i) ?? []), tag])
    }
    // Verbs of several words ("step in", "get wind of"), by the position of the word that carries them:
    // the verb, or the word after it when the verb is a function word ("get" of "get wind").
    const phraseAt = new Map<number, string>()
    const lower = words.map((word) => memoFold(word))
    for (let i = 0; i < lower.length - 1; i++) {
      const phrase = phrasalVerbAt(lower.slice(i, i + 3))
      if (!phrase) continue
      const carrier = [i, i + 1].find((at) => !STOP_WORDS.has(lower[at]!))
      if (carrier !== undefined && !phraseAt.has(carrier)) phraseAt.set(carrier, phrase)
    }
    const slots: QuerySlot[] = []
    words.forEach((word, i) => {
      // Written as a name in the question ("Mars"), it is one even when the coverage never uses it.
      const folded = memoFold(word)
      const capitalised = i > 0 ? /^\p{Lu}/u.test(word) : isAllCaps(word)
      // A single letter ("T-Mobile", "man U") is never indexed, name or not.
      const writtenAsName = capitalised && folded.length >= 2 && !STOP_WORDS.has(folded) && !isOrdinaryWord(folded)
      const term = writtenAsName ? (variants.canonical.get(folded) ?? folded) : processTerm(word)
      // "Britains PM": a possessive typed without its apostrophe names the same place ("Britain's").
      const withoutS = !tagsAt.has(i) && folded.length > 4 && folded.endsWith('s') ? concepts.get(folded.slice(0, -1)) : undefined
      const tags = tagsAt.get(i) ?? (withoutS ? [withoutS] : [])
      // A stop word inside a concept phrase ("member of parliament") adds nothing of its own.
      if (!term || seen.has(term)) return
      seen.add(term)
      const phrase = writtenAsName ? undefined : phraseAt.get(i)
      slots.push({ word, term, tags, writtenAsName, context, ...(phrase ? { phrase } : {}) })
    })
    for (const compound of text.match(COMPOUND) ?? []) {
      const term = processTerm(compound.replaceAll('-', ''))
      if (term && !seen.has(term)) slots.push({ word: compound, term, tags: [], writtenAsName: /^\p{Lu}/u.test(compound) && text.indexOf(compound) > 0, context })
    }
    return slots
  }

  const querySlots = (question: string, scene = ''): QuerySlot[] => {
    const seen = new Set<string>()
    return [...slotsOf(question, seen, false), ...(scene ? slotsOf(scene, seen, true).filter(namesSomething) : [])]
  }

  return { tokenize, processTerm, terms, querySlots, wordTerm, isName, writesCapitalised }
}

/**
 * "us" as people type the country in chat, in lower case: where the pronoun cannot stand, after
 * "the" or a year ("is the us sending troops", "the 2004 us election"), or before a noun or an
 * adjective with no verb before it ("will us troops go", "the latest on us tariffs"). "Tell us
 * about", "give us details", "along with us" keep the pronoun, and so does "keeping us soldiers
 * out", which only the story tells apart. Questions only: articles write the country "US".
 */
function usReadsAsCountry(folded: string[], i: number): boolean {
  const before = folded[i - 1]
  if (before === 'the' || (before !== undefined && /^\d{4}$/.test(before))) return true
  const after = folded[i + 1]
  if (after === undefined || STOP_WORDS.has(after)) return false
  const next = firstPartOfSpeech(after)
  const previous = before === undefined ? undefined : firstPartOfSpeech(before)
  const describes = next === undefined || next.startsWith('NN') || next.startsWith('JJ')
  return describes && !previous?.startsWith('VB')
}

/**
 * A word of the sentences around the question that may name its subject: a name, a noun, a
 * place or office ("Merz wants all of Europe in. Is that true?"). What the writer did or when
 * ("I was reading about this earlier", "I couldn't find it") says nothing about the news.
 */
function namesSomething(slot: QuerySlot): boolean {
  const folded = foldText(slot.word)
  return slot.writtenAsName || slot.tags.length > 0 || !isOrdinaryWord(folded) || isNoun(folded)
}
