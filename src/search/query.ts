// A question → weighted slots (its meaningful words, each with the index terms that satisfy it)
// → candidate passages from minisearch. Spellings the corpus never uses are resolved here:
// a learned name variant first ("Kiev" → "Kyiv"), else a close typo ("britsh" → "british").
import type { QuerySlot } from './analyze.ts'
import { isConceptTerm } from './analyze.ts'
import { FIELD_BOOST, type SearchIndex } from './buildIndex.ts'
import { isCountryTag, isCountryWord } from './concepts.ts'
import { CURRENCY_BY_CODE } from './currencies.ts'
import { foldWord } from './fold.ts'
import { americanSpelling, britishSpellings, isOrdinaryWord } from './lexicon.ts'
import { internalsOf } from './miniInternals.ts'
import { neighboursOf } from './neighbours.ts'
import { baseForms, irregularFormsOfBase, irregularVerbForms, relatedWords, namesPeopleInLowerCase, writtenApart, type Related } from './synonyms.ts'
import { STOP_WORDS } from './stopwords.ts'
import { resolveVariant } from './variants.ts'
import { otherGivenForms } from '../leaders/nicknames.ts'
import { isTitleHead } from '../leaders/words.ts'

export interface ResolvedSlot {
  word: string
  /** Written with a capital that does not only start the question (QuerySlot). */
  writtenAsName: boolean
  /** Index term → credit (1 for the word itself, less for a variant, typo fix or concept). */
  terms: Map<string, number>
  /**
   * Words used like it (neighbours.ts) → credit, kept apart from `terms`: they find passages
   * within a postings budget of their own (MAX_NEAR_POSTINGS; without it a question took 60% more
   * time), they count in ranking, and they never make a word the coverage lacks known.
   */
  near: Map<string, number>
  /** How much the slot says about the question: the inverse document frequency of its best term. */
  weight: number
  /** False when nothing in the coverage matches this word at all. */
  known: boolean
  /** A name or number the coverage never mentions ("Taiwan", "2022"): the question is about something else. */
  unknownName: boolean
  /** It names someone or somewhere the coverage has: a name, not an English word ("rutte", "zelenskyy"), or a place ("germany"). */
  name: boolean
  /** A name the coverage writes with a capital ("merz", "nauseda"): narrower than `name`, which any known word outside the lexicon is ("cautioning"). */
  properName: boolean
  /**
   * Not English, and the coverage has it neither as typed nor as a name it could be a slip for:
   * at most an ordinary word a letter away ("sunak" → "sunk", "starmer" → "starter"). Nor chat
   * ("govt") or a word for people ("peacekeepers"). Someone the coverage may never mention;
   * `unknownName` says so only when nothing is near.
   */
  neverNamed: boolean
  /** Of the sentences around the one that asks, or of a guess at the answer (QuerySlot.context). */
  context: boolean
}

/**
 * The slot's word names a country, by its name, its people or its capital ("iceland",
 * "icelanders", "reykjavik"), or is part of a name of two words that does ("south african").
 */
export function namesCountry(slot: ResolvedSlot): boolean {
  return isCountryWord(foldWord(slot.word)) || (slot.name && [...slot.terms.keys()].some(isCountryTag))
}

/** The slot's word, in one of its own forms (not a word used like it), is among these terms. */
export function slotFoundIn(slot: ResolvedSlot, terms: Pick<Set<string>, 'has'>): boolean {
  for (const term of slot.terms.keys()) if (terms.has(term)) return true
  return false
}

export interface Candidate {
  passageId: number
  bm25: number
}

const CREDIT = { variant: 0.95, typo1: 0.85, typo2: 0.7, concept: 0.8, rounded: 0.85 }
/** A related word (WordNet) stands in for a question's word at less than its own credit. */
/** Hypernyms are broader words (gas → "state"): sharing one is no evidence, so they count for nothing. */
const RELATED_CREDIT: Record<Related['relation'], number> = { synonym: 0.6, derived: 0.6, similar: 0.5, hypernym: 0, domain: 0.4 }

/**
 * A word used like the question's (neighbours.ts) stands in for it at this share of their cosine
 * similarity, and half that again when the coverage uses the question's own word; at least 0.55
 * similar, five at most. Chosen on the train sets' held-out folds (docs/quality.md); 0.6 or
 * 0.25 for known words, or a 0.6 floor, changed a question or two.
 */
const NEIGHBOUR = { credit: 0.6, minCosine: 0.55, perWord: 5, knownWord: 0.5 }
/** A neighbour this close is the same thing said otherwise ("robbers" and "thieves" 0.82; "weather" and "conditions" 0.73 are not). */
const SAID_OTHERWISE_COSINE = 0.8

/** Words about the coverage itself ("in these reports"): they say little about the question. */
const META_WORDS = new Set(['report', 'reports', 'reported', 'reporting', 'coverage', 'article', 'articles', 'news', 'story', 'stories', 'source', 'sources', 'mention', 'mentioned', 'mentions'])
const META_WEIGHT = 0.25
/**
 * A piece of the coverage named as who speaks ("what did the portuguese paper say", "what does
 * the report say"): the passages themselves are heard. Nouns only, and "paper" too, which
 * META_WORDS leaves its weight (a "paper mill" is the question's subject).
 */
const COVERAGE_NOUNS = /\b(paper|papers|newspaper|newspapers|article|articles|report|reports|story|stories|piece|coverage|outlet|website|blog|headline|headlines)\b/

/** Whether text (lower case) names a piece of the coverage: see COVERAGE_NOUNS. */
export function namesCoverage(text: string): boolean {
  return COVERAGE_NOUNS.test(text)
}
/**
 * A word the coverage never uses weighs like the rarest word when it is a name ("Taiwan",
 * "taiwan": the topic is not covered), and half that when it is an ordinary English word
 * ("call", "keep"), which more often means the articles say it in other words.
 */
const UNKNOWN_WORD_WEIGHT = 0.5
/** A word only of the sentences before the one that asks (QuerySlot.context) weighs this much of its own. */
const CONTEXT_WEIGHT = 0.5
/**
 * Work bound for one question: the passages minisearch may score. When the question's terms
 * together occur in more, the most common ones are left out of retrieval (they still count in
 * ranking), so "Will the Bank of England raise rates again this year?" costs what "Bank of
 * England" costs. At 8,000, the 300 questions of bench/queries.txt keep every top answer and
 * every answer/abstain decision on the BBC corpus (12,576 passages) that an unbounded search gives.
 */
export const MAX_POSTINGS = 8_000
export const CANDIDATE_LIMIT = 60
/**
 * The postings that words used like the question's may add to retrieval, rarest first (see
 * ResolvedSlot.near). Retrieval matters: ranking by them without finding by them lost most of the gain.
 */
export const MAX_NEAR_POSTINGS = 1_500

/** Per index: ranking and same-fact grouping ask for the same words' rarity again and again. */
const idfTables = new WeakMap<SearchIndex, Map<string, number>>()

export function inverseDocumentFrequency(index: SearchIndex, term: string): number {
  let table = idfTables.get(index)
  if (!table) idfTables.set(index, (table = new Map()))
  let idf = table.get(term)
  if (idf === undefined) {
    const n = index.passageCount
    const df = index.documentFrequency.get(term) ?? 0
    idf = Math.log(1 + (n - df + 0.5) / (df + 0.5))
    table.set(term, idf)
  }
  return idf
}


export function resolveSlots(index: SearchIndex, slots: QuerySlot[]): ResolvedSlot[] {
  // A hyphenated word is also looked up whole ("t-mobile"); written in lower case and unknown
  // whole ("low-key", "beefed-up"), its parts say what it says, and it is no name the coverage lacks.
  const kept = writtenAsTheCoverageWritesThem(index, slots.filter((slot) => !slipOfFunctionWord(index, slot)))
  const resolved = kept
    .map((slot) => resolveSlot(index, slot))
    .map((slot, i, all) => (slot.unknownName && all[i + 1]?.properName ? givenNameInAnotherForm(index, kept[i]!, slot) : slot))
    .filter((slot) => slot.known || slot.writtenAsName || !slot.word.includes('-'))
  // A neighbour that is another of the question's own words would count that word twice
  // ("resume" is used like "talks": "When will talks resume?" is not answered by "talks broke down").
  const own = new Set(resolved.flatMap((slot) => [...slot.terms.keys()]))
  for (const slot of resolved) for (const term of slot.near.keys()) if (own.has(term)) slot.near.delete(term)
  return resolved
}

/** A code's letters and number, which name one thing as a name does: a flight ("sp1143"), a model ("a380"). */
export const CODE = /^[a-z]{1,4}\d+[a-z]?$/

/**
 * Words typed together that the coverage writes apart, and apart that it writes together: "the
 * carpark" of a coverage that writes "car park" (WordNet's "car park", each word the coverage's),
 * "reynaldo de la cruz" of one that writes "Reynaldo dela Cruz" (the two next to each other, one
 * of them a word it never uses). Read as words the coverage lacks, they made the question look
 * like one about something else.
 */
function writtenAsTheCoverageWritesThem(index: SearchIndex, slots: QuerySlot[]): QuerySlot[] {
  const has = (word: string) => index.documentFrequency.has(index.analyzer.wordTerm(word))
  const known = (slot: QuerySlot) => index.documentFrequency.has(slot.term)
  const out: QuerySlot[] = []
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i]!
    const folded = foldWord(slot.word)
    const next = slots[i + 1]
    const joined = next && next.context === slot.context ? folded + foldWord(next.word) : ''
    // Letters, or a code's letters and its number ("sp 1143" for the flight SP1143).
    if (joined && (/^[a-z]+$/.test(joined) || CODE.test(joined)) && !(known(slot) && known(next!)) && has(joined)) {
      out.push({ ...slot, word: joined, term: index.analyzer.wordTerm(joined), tags: [] })
      i++
      continue
    }
    // A word typed whole that WordNet writes as two ("carpark": "car park"), both the coverage's.
    const apart = !slot.writtenAsName && !known(slot) ? writtenApart(folded).find((parts) => parts.every(has)) : undefined
    if (apart) out.push(...apart.map((word) => ({ ...slot, word, term: index.analyzer.wordTerm(word), tags: [] })))
    else out.push(slot)
  }
  return out
}

/**
 * "how old is desmond halloran" of coverage that writes "Des Halloran, 67": a word the coverage
 * lacks, just before a name it has, is the given name it writes in another form: a short form
 * the word begins with ("des" of "desmond"), or one the leaders' nickname table links ("bill"
 * and William, "tony" and Anthony). Read as a name the coverage never mentions, it made the
 * question look like one about someone else.
 */
function givenNameInAnotherForm(index: SearchIndex, slot: QuerySlot, resolved: ResolvedSlot): ResolvedSlot {
  const folded = foldWord(slot.word)
  if (folded.length < 4 || /\d/.test(folded)) return resolved
  // In the coverage, and a name there: written with a capital, or no English word ("Des", indexed as "de").
  const isName = (form: string) =>
    (index.analyzer.writesCapitalised(form) || !isOrdinaryWord(form)) && index.documentFrequency.has(index.analyzer.wordTerm(form))
  const prefixes = Array.from({ length: folded.length - 3 }, (_, i) => folded.slice(0, folded.length - 1 - i))
  const form = otherGivenForms(folded).find(isName) ?? prefixes.find(isName)
  if (!form) return resolved
  const asForm = resolveSlot(index, { ...slot, word: form, term: index.analyzer.wordTerm(form) })
  return { ...asForm, word: slot.word, terms: new Map([...asForm.terms].map(([term, credit]) => [term, credit * CREDIT.variant])) }
}

/**
 * "who ownd halbeck befor ibarra", "abotu", "becuase": a slip of a function word is that word, and
 * asks nothing of the coverage; read as a word it lacks, it made the question look like one about
 * someone it never names. Not English (nor in WordNet), not the coverage's, not written as a
 * name, and a letter dropped, added, changed or two swapped (after the first) from a function
 * word of four letters or more.
 */
function slipOfFunctionWord(index: SearchIndex, slot: QuerySlot): boolean {
  const folded = foldWord(slot.word)
  if (folded.length < 4 || slot.writtenAsName || CHAT_SPELLINGS.has(folded) || isOrdinaryWord(folded) || index.documentFrequency.has(slot.term)) return false
  // English beyond the small lexicon is no slip: "info" is not "into".
  if (baseForms(folded).length > 0) return false
  for (const candidate of oneSlipFrom(folded)) if (FUNCTION_WORDS.has(candidate)) return true
  return false
}

/** Function words of four letters or more, letters only: "befor" is a slip of one, "hwo" too short to say. */
const FUNCTION_WORDS = new Set([...STOP_WORDS].filter((word) => word.length >= 4 && /^[a-z]+$/.test(word)))

/** "nov 14th" of a coverage that writes "14 November": an ordinal in figures the coverage lacks is its number. */
function dayOfOrdinal(index: SearchIndex, folded: string): string | undefined {
  const number = /^(\d{1,4})(?:st|nd|rd|th)$/.exec(folded)?.[1]
  return number !== undefined && index.documentFrequency.has(number) ? number : undefined
}

/** "in NGN", "how much in usd": a currency's ISO code is the currency the coverage names ("naira"). */
function currencyOfCode(index: SearchIndex, folded: string): string | undefined {
  const currency = CURRENCY_BY_CODE[folded.toUpperCase()]
  const term = currency && index.analyzer.wordTerm(currency)
  return term && index.documentFrequency.has(term) ? term : undefined
}

function resolveSlot(index: SearchIndex, slot: QuerySlot): ResolvedSlot {
  const unknownWordWeight = inverseDocumentFrequency(index, '')
  const terms = new Map<string, number>()
  const add = (term: string, credit: number) => terms.set(term, Math.max(terms.get(term) ?? 0, credit))
  const folded = foldWord(slot.word)
  // A British spelling the American lexicon lacks ("defence") is English all the same.
  const american = slot.writtenAsName ? undefined : americanSpelling(folded)
  const ordinary = isOrdinaryWord(folded) || american !== undefined
  // Chat's spelling of a word ("wat", "ok", "govt"): no name, and no English word to borrow synonyms for.
  const chatSpelling = CHAT_SPELLINGS.has(folded)
  // The word as the coverage spells it: itself, a learned variant ("Kiev" → "Kyiv"), or, for a
  // word that is not English as typed, the closest spelling ("britsh" → "british").
  let spelling: string | undefined
  // Not English and not in the coverage as typed, nor a slip for a name it has.
  let neverNamed = false
  // A short word a letter from a name the coverage writes: asked at most once (a fuzzy walk of the index).
  let slipForName: boolean | undefined
  const shortSlipForName = () => folded.length < 5 && (slipForName ??= nameOneSlipAway(index, folded))
  // WordNet has it, as written or as a form of a word it has ("peacekeepers", "info"): asked at most once.
  let wordNetForms: string[] | undefined
  const formsInWordNet = () => (wordNetForms ??= baseForms(folded))
  const inWordNet = () => formsInWordNet().length > 0
  // May be a slip for an English word: not chat's spelling, not a word WordNet knows, not written as a name.
  const mayBeSlipOfEnglish = () => !slot.writtenAsName && !chatSpelling && !inWordNet()
  // A word capitalised in the question is kept whole as a name ("Mars" is not "mar"), but the
  // articles index the same word as an ordinary one when it is not a name they learned ("Tony"
  // → "toni", "Barclays" → "barclai", "NHS" → "nh"): then it is that word, at full credit.
  const asIndexed = () => {
    const term = index.analyzer.processTerm(slot.word)
    return typeof term === 'string' && index.documentFrequency.has(term) ? term : undefined
  }
  // A slip the stemmer reads as another word the coverage has ("soliders" → "solid", "goverment"
  // → "gover", "prosecuter" → "prosecut"): an English word that the coverage uses, with the letter
  // missing, the two letters swapped or the vowel put back, is the likelier reading. Only those
  // slips: a name the articles write, read as a stem ("boeing" → "boe"), is one consonant changed
  // from English words too ("boxing").
  const stemmedIntoAnother = !ordinary && slot.term !== folded && index.documentFrequency.has(slot.term) && !index.analyzer.writesCapitalised(folded)
  const englishReading = stemmedIntoAnother && mayBeSlipOfEnglish() ? englishSlipsIn(index, folded, 'missing, swapped or a vowel') : []
  if (englishReading.length) {
    for (const [term, credit] of englishReading) add(term, credit)
    spelling = englishReading[0]![0]
  } else if (index.documentFrequency.has(slot.term)) spelling = slot.term
  else if ((spelling = asIndexed())) add(spelling, 1)
  else if ((spelling = dayOfOrdinal(index, folded))) add(spelling, 1)
  else if ((spelling = currencyOfCode(index, folded))) add(spelling, CREDIT.variant)
  else {
    const variant = resolveVariant(index.variants, folded)
    if (variant) add((spelling = index.analyzer.wordTerm(variant)), CREDIT.variant)
    else if (!ordinary) {
      // Names are indexed unstemmed, other words stemmed: look for both spellings' neighbours.
      // A word written as a name is a slip for a name only: "Sunak" is not "sunk".
      const slips = typoCorrections(index, [...new Set([slot.term, folded])], mayBeSlipOfEnglish())
      const slipsForNames = slips.filter(([term]) => mayBeAName(index, term))
      const corrections = slot.writtenAsName ? slipsForNames : slips
      for (const [term, credit] of corrections) add(term, credit)
      spelling = corrections[0]?.[0]
      neverNamed =
        slipsForNames.length === 0 &&
        !chatSpelling &&
        !shortSlipForName() &&
        // The lexicon is small: a word it lacks may be English for people ("what did the
        // peacekeepers say"). "Tusk" and "Xi" are English too, but not for people.
        !(!slot.writtenAsName && namesPeopleInLowerCase(folded))
    }
  }
  if (spelling === slot.term) add(slot.term, 1)
  // A round figure is how people type one they read, even where the coverage prints that very
  // figure elsewhere ("like 60k customers" for "62,000 connections", ₦60,000 in another story).
  for (const figure of figuresRoundingTo(index, folded)) add(figure, CREDIT.rounded)
  // Other forms of the same word: a verb's irregular ones ("makes" and "made", "won" and "win")
  // and the spelling the other side of the Atlantic ("center" and "centre", "defence" and
  // "defense"). The coverage may use only another form: then that is how it spells the word.
  if (ordinary) {
    for (const form of [...irregularVerbForms(folded), ...(american ? [american] : britishSpellings(folded))]) {
      const term = index.analyzer.wordTerm(form)
      if (!index.documentFrequency.has(term)) continue
      add(term, CREDIT.variant)
      spelling ??= term
    }
  }
  // A word the coverage never uses, a letter short of a title it does ("minster breathnach" for
  // the Minister; WordNet has "minster", a church, so it was never read as a slip), or a vowel
  // off ("the mayer", read as a slip for no name): a slip, as "presdent" is, and a role, not a
  // name the coverage lacks. Only titles: a church the coverage never mentions is no answer either.
  if ((terms.size === 0 || neverNamed) && !slot.writtenAsName && !index.documentFrequency.has(slot.term)) {
    for (const title of englishOneEditFrom(folded, 'missing, swapped or a vowel')) {
      const term = index.analyzer.wordTerm(title)
      if (!isTitleHead(title) || !index.documentFrequency.has(term)) continue
      add(term, CREDIT.typo1)
      spelling ??= term
      neverNamed = false
    }
  }
  for (const tag of slot.tags) if (index.documentFrequency.has(tag)) add(tag, CREDIT.concept)
  // A verb of several words means what its synonyms do, whatever its words mean alone: "step in" is
  // "intervene", "get wind" is "hear" (phrasalVerbAt).
  if (slot.phrase) {
    // In the forms the coverage prints: "hear" is "heard" too.
    const synonyms = relatedWords(slot.phrase).filter((related) => related.relation === 'synonym' && !related.word.includes(' '))
    for (const synonym of synonyms.flatMap((related) => [related.word, ...irregularFormsOfBase(related.word)])) {
      const term = index.analyzer.wordTerm(synonym)
      if (index.documentFrequency.has(term)) add(term, RELATED_CREDIT.synonym)
    }
  }
  // English the small lexicon lacks ("peacekeepers", "sightless", "reckon"), when the coverage
  // lacks it too, borrows synonyms as the lexicon's words do; chat's spellings do not ("ok" is not "well").
  const englishBeyondLexicon = !ordinary && !spelling && !slot.writtenAsName && !chatSpelling && inWordNet()
  if (ordinary || englishBeyondLexicon) {
    // A word the articles use keeps to its own forms ("strong" → "strength"); only a word they
    // never use borrows synonyms, which would otherwise pull in other senses ("further" → "advance").
    for (const related of relatedWords(folded)) {
      if (spelling && related.relation !== 'derived') continue
      const relatedTerms = index.analyzer.terms(related.word).filter((t) => !isConceptTerm(t))
      // One-word relations only: "ground forces" cannot stand for "army" word by word.
      if (RELATED_CREDIT[related.relation] > 0 && relatedTerms.length === 1 && index.documentFrequency.has(relatedTerms[0]!)) add(relatedTerms[0]!, RELATED_CREDIT[related.relation])
    }
  }

  // How much the word says about the question is its own rarity in the coverage, never that of
  // a stand-in: a word the coverage lacks weighs as the rarest, half that when it is ordinary English.
  let weight = spelling ? inverseDocumentFrequency(index, spelling) : unknownWordWeight * (ordinary ? UNKNOWN_WORD_WEIGHT : 1)
  if (META_WORDS.has(folded)) weight *= META_WEIGHT
  if (slot.context) weight *= CONTEXT_WEIGHT
  // Not English and nowhere in the coverage: a name it lacks ("Taiwan", "modi"), unless it is a
  // short lower-case word that is chat's spelling of one ("wat", "wud"), a word WordNet knows and
  // the small lexicon lacks ("info", "euro"), or a slip a letter from a name ("trmp").
  const lacking = !spelling && !ordinary && terms.size === 0
  const chat = lacking && folded.length <= 4 && !slot.writtenAsName && !/\d/.test(slot.word) && (chatSpelling || inWordNet() || shortSlipForName())
  if (chat) weight *= UNKNOWN_WORD_WEIGHT
  const known = terms.size > 0
  const near = new Map<string, number>()
  // Words used like it, for English words and for words the coverage lacks ("booze"), not for
  // names it has ("putin" is used like "medvedev"). Added last: a name the coverage lacks stays
  // lacking ("iphone" is used like "ipod", and the question is still not covered).
  if (ordinary || !spelling) {
    for (const { word, cosine } of neighboursOf(folded).filter((n) => n.cosine >= NEIGHBOUR.minCosine).slice(0, NEIGHBOUR.perWord)) {
      const [term, ...more] = index.analyzer.terms(word).filter((t) => !isConceptTerm(t))
      const credit = NEIGHBOUR.credit * cosine * (spelling ? NEIGHBOUR.knownWord : 1)
      if (term && more.length === 0 && !terms.has(term) && index.documentFrequency.has(term) && credit > (near.get(term) ?? 0)) near.set(term, credit)
    }
  }
  // English the coverage says in other words ("robbers" where it writes "thieves", "soldiers" for
  // "troops": a neighbour at cosine 0.8 or more) is no name it lacks.
  const saidOtherwise = lacking && !slot.writtenAsName && [...near.values()].some((credit) => credit >= NEIGHBOUR.credit * SAID_OTHERWISE_COSINE) && inWordNet()
  // A verb's form typed in lower case, of a verb WordNet has ("which museum was it nicked from",
  // "snooping around"): English the coverage does not use, not a name it lacks.
  const verbForm = lacking && !slot.writtenAsName && /(?:ed|ing)$/.test(folded) && formsInWordNet().some((base) => base !== folded)
  return { word: slot.word, writtenAsName: slot.writtenAsName, terms, near, weight, known, unknownName: lacking && !chat && !saidOtherwise && !verbForm, name: known && (!ordinary || slot.tags.length > 0), properName: !!spelling && index.analyzer.isName(spelling), neverNamed, context: slot.context }
}

/**
 * A round figure stands for the ones the coverage prints that round to it, as people type
 * figures they read: "4.3k households" (4300) is "Households affected: 4,312", "like 250k" is
 * "248,600". Within half the figure's last significant digit, for figures ending in two zeros
 * or more; not a year ("2000" is no rounding of 2004).
 */
function figuresRoundingTo(index: SearchIndex, folded: string): string[] {
  const zeros = /^[1-9]\d*?(0{2,})$/.exec(folded)?.[1]?.length
  if (!zeros) return []
  const figure = Number(folded)
  if (folded.length === 4 && figure >= 1000 && figure <= 2100) return []
  const half = 10 ** zeros / 2
  const printed = printedFigures(index)
  const found: number[] = []
  for (let i = firstAtLeast(printed, figure - half); i < printed.length && printed[i]! < figure + half; i++) found.push(printed[i]!)
  // The nearest few: a large coverage prints many figures between 250,000 and 349,999.
  return found
    .sort((a, b) => Math.abs(a - figure) - Math.abs(b - figure))
    .slice(0, MAX_ROUNDED_FIGURES)
    .map(String)
}

/** How many printed figures one round figure may stand for. */
const MAX_ROUNDED_FIGURES = 8

/** Per index: the whole numbers its passages print, ascending (read once, when a question first needs them). */
const printedFigureTables = new WeakMap<SearchIndex, number[]>()

function printedFigures(index: SearchIndex): number[] {
  let table = printedFigureTables.get(index)
  if (!table) {
    table = [...index.documentFrequency.keys()].filter((term) => /^[1-9]\d{2,}$/.test(term)).map(Number).sort((a, b) => a - b)
    printedFigureTables.set(index, table)
  }
  return table
}

/** The index of the first value ≥ `least` in an ascending array (its length when there is none). */
function firstAtLeast(sorted: number[], least: number): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (sorted[middle]! < least) low = middle + 1
    else high = middle
  }
  return low
}

/** Chat's spellings of words, and its short forms for people and offices: never a name the coverage lacks. */
const CHAT_SPELLINGS = new Set(
  [
    'wat wut wot wud cud shud wen wer whr wher whos whts wats hows dat dis da teh ur u r y ya yea yeh yah nah naw nope yep ok k kk',
    'gm gn yo sup rn tho cuz coz cos bc abt thru tmrw ty np fyi bot bro fam lil pics pic lol lmao rofl xd tbh imo btw idk ngl smh omg pls plz thx smth sth',
    'govt gov govs ppl peeps ceo ceos cfo mps mp pm dept admin exec execs pres prez potus yall',
  ]
    .join(' ')
    .split(' '),
)

/**
 * An index term that may be someone's name: one the corpus writes with a capital ("brown"), or
 * no English word, nor a form of one ("radcliff", "mourinho": a surname that often starts a
 * sentence is not learned as a name). Not "starter", nor "sunk" (of "sink"). WordNet is asked
 * for base forms only: it knows Tarantino and Fletcher too.
 */
function mayBeAName(index: SearchIndex, term: string): boolean {
  if (isConceptTerm(term)) return false
  return index.analyzer.writesCapitalised(term) || !(isOrdinaryWord(term) || baseForms(term).some(isOrdinaryWord))
}

/**
 * A short word is never corrected (too many one-letter neighbours), but one a letter away from a
 * name the coverage has ("trmp": "trump") may be that name: not someone it never mentions.
 */
function nameOneSlipAway(index: SearchIndex, folded: string): boolean {
  for (const [candidate] of internalsOf(index.mini)._index.fuzzyGet(folded, 1)) if (index.analyzer.writesCapitalised(candidate)) return true
  return false
}

/** The coverage's words a slip may stand for, nearest first. `englishSlip`: it may be a slip for an English word. */
function typoCorrections(index: SearchIndex, spellings: string[], englishSlip: boolean): [string, number][] {
  let best = Infinity
  const found = new Map<string, number>()
  // Two letters swapped ("alsaka", "tlaking", "europaens") is one slip of the fingers, though
  // two edits apart: look those up first, exactly.
  for (const spelling of spellings) {
    if (spelling.length < 4 || /^\d/.test(spelling)) continue
    for (let i = 0; i + 1 < spelling.length; i++) {
      if (spelling[i] === spelling[i + 1]) continue
      const swapped = spelling.slice(0, i) + spelling[i + 1] + spelling[i] + spelling.slice(i + 2)
      for (const term of new Set([swapped, index.analyzer.wordTerm(swapped)])) {
        if (index.documentFrequency.has(term) && !isConceptTerm(term)) found.set(term, CREDIT.typo1)
      }
    }
  }
  if (found.size) best = 1
  for (const spelling of spellings) {
    // Short words have too many one-letter neighbours to guess safely.
    const maxDistance = spelling.length >= 8 ? 2 : spelling.length >= 5 ? 1 : 0
    if (!maxDistance || /^\d/.test(spelling)) continue
    const near = internalsOf(index.mini)._index.fuzzyGet(spelling, maxDistance)
    for (const [candidate, [, distance]] of near) {
      if (isConceptTerm(candidate) || !index.documentFrequency.has(candidate) || distance > best) continue
      // A slip keeps its first letter: "iphone" is not "phone", "thief" is not "chief".
      if (candidate[0] !== spelling[0]) continue
      if (distance < best) found.clear()
      best = distance
      found.set(candidate, distance === 1 ? CREDIT.typo1 : CREDIT.typo2)
    }
  }
  // A letter missing, extra or wrong in an English word ("presdent", "minster"): the index holds
  // its stem ("presid", "minist"), often two or more edits from the slip, so nothing or only
  // something further was found ("prevent"). English words one edit away, when the coverage uses
  // them, are the nearer guess.
  if (best > 1 && englishSlip) {
    const english = spellings.flatMap((spelling) => englishSlipsIn(index, spelling))
    if (english.length) {
      found.clear()
      for (const [term, credit] of english) found.set(term, credit)
    } else if (found.size === 0) {
      // The lexicon is small ("evacuate" is not in it): a long word with a letter missing or two
      // swapped ("evacuatd", "evacuaiton") is, put right, a word whose stem the coverage has.
      for (const spelling of spellings) for (const term of coverageSlipsIn(index, spelling)) found.set(term, CREDIT.typo1)
    }
  }
  return commonestFirst(index, found)
}

/** The coverage's stems for a long word (six letters or more) with one letter put back or two swapped back. */
function coverageSlipsIn(index: SearchIndex, word: string): Set<string> {
  const found = new Set<string>()
  if (!/^[a-z]{6,}$/.test(word)) return found
  for (const candidate of oneSlipFrom(word, 'missing or swapped')) {
    const term = index.analyzer.wordTerm(candidate)
    if (term !== word && index.documentFrequency.has(term) && !isConceptTerm(term)) found.add(term)
  }
  return found
}

/**
 * The commonest spelling first (the likeliest meant; it sets the word's weight), then by spelling:
 * never the order of minisearch's tree, which differs between a build and the cache.
 */
function commonestFirst(index: SearchIndex, found: Map<string, number>): [string, number][] {
  const df = (term: string) => index.documentFrequency.get(term)!
  return [...found].sort(([a], [b]) => df(b) - df(a) || (a < b ? -1 : a > b ? 1 : 0))
}

/**
 * The coverage's terms for English words one slip from `word` (five letters or more), commonest
 * first. For any slip, English is the small lexicon's or WordNet's: "pupls" is "pupils" (which
 * the lexicon of everyday words lacks) before "pulls". For the few slips a stem may hide, the
 * lexicon's only: "boeing", stemmed "boe", is no slip for WordNet's "booing".
 */
function englishSlipsIn(index: SearchIndex, word: string, slips: Slips = 'any'): [string, number][] {
  if (!/^[a-z]{5,}$/.test(word)) return []
  const found = new Map<string, number>()
  const english = (candidate: string) => isOrdinaryWord(candidate) || (slips === 'any' && baseForms(candidate).length > 0)
  for (const candidate of new Set(oneSlipFrom(word, slips))) {
    if (!english(candidate)) continue
    const term = index.analyzer.wordTerm(candidate)
    if (index.documentFrequency.has(term) && !isConceptTerm(term)) found.set(term, CREDIT.typo1)
  }
  return commonestFirst(index, found)
}

/**
 * Which slips of the fingers to undo: any one, or only a letter missing and two letters swapped,
 * or those and one vowel for another ("prosecuter", "seperate": a vowel heard, not seen).
 */
type Slips = 'any' | 'missing or swapped' | 'missing, swapped or a vowel'

/** Words of the English lexicon one slip from `word` (oneSlipFrom). */
function englishOneEditFrom(word: string, slips: Slips = 'any'): Set<string> {
  return new Set([...oneSlipFrom(word, slips)].filter(isOrdinaryWord))
}

/**
 * Every spelling one letter dropped, added or changed from `word`, or two letters swapped
 * ("soliders"), after its first letter: people rarely miss the first ("whats" is not "hats").
 */
function* oneSlipFrom(word: string, slips: Slips = 'any'): Generator<string> {
  const any = slips === 'any'
  const vowels = slips === 'missing, swapped or a vowel'
  const isVowel = (letter: string | undefined) => letter !== undefined && 'aeiou'.includes(letter)
  for (let i = 1; i <= word.length; i++) {
    const head = word.slice(0, i)
    const tail = word.slice(i)
    const candidates = [
      ...(tail && any ? [head + tail.slice(1)] : []),
      ...(tail.length >= 2 ? [head + tail[1] + tail[0] + tail.slice(2)] : []),
    ]
    for (const letter of 'abcdefghijklmnopqrstuvwxyz') {
      candidates.push(head + letter + tail)
      if (tail && (any || (vowels && isVowel(letter) && isVowel(tail[0])))) candidates.push(head + letter + tail.slice(1))
    }
    for (const candidate of candidates) if (candidate !== word) yield candidate
  }
}

/** The passages worth ranking: BM25 over the slots' terms, each term boosted by its credit. */
export function findCandidates(index: SearchIndex, slots: ResolvedSlot[], filter?: (passageId: number) => boolean): Candidate[] {
  const credits = new Map<string, number>()
  for (const slot of slots) for (const [term, credit] of slot.terms) credits.set(term, Math.max(credits.get(term) ?? 0, credit))
  const df = (term: string) => index.documentFrequency.get(term) ?? 0
  const byRarity = [...credits.keys()].sort((a, b) => df(a) - df(b))
  let postings = 0
  for (const [i, term] of byRarity.entries()) {
    postings += df(term)
    if (i > 0 && postings > MAX_POSTINGS) credits.delete(term)
  }
  // Words used like the question's find passages too, within a budget of their own, rarest first.
  const near = new Map<string, number>()
  for (const slot of slots) for (const [term, credit] of slot.near) if (!credits.has(term)) near.set(term, Math.max(near.get(term) ?? 0, credit))
  let nearPostings = 0
  for (const term of [...near.keys()].sort((a, b) => df(a) - df(b))) {
    nearPostings += df(term)
    if (nearPostings > MAX_NEAR_POSTINGS) break
    credits.set(term, near.get(term)!)
  }
  if (credits.size === 0) return []
  return scorePostings(index, credits, filter)
}

// minisearch's own search builds a result object, a term list and a match record for every
// posting of every term, which was most of the time of a question. scorePostings scores the
// same postings the same way (BM25 with minisearch's parameters and field boosts, times the
// number of the question's terms matched) from its index (see miniInternals.ts).

/** minisearch's default BM25 parameters (k, b) and its floor d for any match. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 }

/** Scratch tables reused by every question (one question at a time: JavaScript is single-threaded). */
let scratch = { score: new Float64Array(0), termsMatched: new Int32Array(0), lastTerm: new Int32Array(0) }

function scratchFor(size: number) {
  if (scratch.score.length < size) {
    const grown = Math.max(size, scratch.score.length * 2)
    scratch = { score: new Float64Array(grown), termsMatched: new Int32Array(grown), lastTerm: new Int32Array(grown).fill(-1) }
  }
  return scratch
}

type Mini = ReturnType<typeof internalsOf>

/**
 * What scoring reads instead of minisearch's Maps, made from the index as it is: kept per index,
 * made again whole when the index has changed (an add moves nextId, a removal the count).
 * - `norms`: BM25's length part of every document, per field, k·(1 − b + b·length/average),
 *   instead of the field-length Map for each posting (the question's hottest loop).
 * - `passageOf`: minisearch's document id → our passage id: a common word touches thousands of
 *   passages, and a Map lookup for each was a tenth of a question's time.
 * - `packed`: a term's postings per field as two typed arrays, in minisearch's order, made the
 *   first time a question uses the term: walking its Map<document, frequency> was a third of a
 *   question's time. Bounded (PACKED_POSTINGS_LIMIT postings, ~16 MB; cleared whole when full) so
 *   a long-running bot does not keep a second copy of the index.
 */
interface ScoringTables {
  nextId: number
  documentCount: number
  norms: Float64Array[]
  passageOf: Int32Array
  packed: Map<string, PackedPostings[] | null>
  packedPostings: number
}

interface PackedPostings {
  docIds: Int32Array
  frequencies: Uint32Array
}

const PACKED_POSTINGS_LIMIT = 2_000_000
const scoringTablesOf = new WeakMap<object, ScoringTables>()

function scoringTables(mini: Mini): ScoringTables {
  const kept = scoringTablesOf.get(mini)
  if (kept && kept.nextId === mini._nextId && kept.documentCount === mini._documentCount) return kept
  const norms: Float64Array[] = []
  for (const fieldId of Object.values(mini._fieldIds)) {
    const avgLength = mini._avgFieldLength[fieldId]!
    const byDocument = new Float64Array(mini._nextId)
    for (const [docId, lengths] of mini._fieldLength) byDocument[docId] = BM25.k * (1 - BM25.b + (BM25.b * lengths[fieldId]!) / avgLength)
    norms[fieldId] = byDocument
  }
  const passageOf = new Int32Array(mini._nextId).fill(-1)
  for (const [docId, passageId] of mini._documentIds) passageOf[docId] = passageId
  const tables = { nextId: mini._nextId, documentCount: mini._documentCount, norms, passageOf, packed: new Map(), packedPostings: 0 }
  scoringTablesOf.set(mini, tables)
  return tables
}

function packedPostings(mini: Mini, tables: ScoringTables, term: string): PackedPostings[] | null {
  if (tables.packedPostings > PACKED_POSTINGS_LIMIT) {
    tables.packed.clear()
    tables.packedPostings = 0
  }
  let packed = tables.packed.get(term)
  if (packed === undefined) {
    const byField = mini._index.get(term)
    packed = null
    if (byField) {
      packed = []
      for (const [fieldId, postings] of byField) {
        const docIds = new Int32Array(postings.size)
        const frequencies = new Uint32Array(postings.size)
        let i = 0
        for (const [docId, tf] of postings) {
          docIds[i] = docId
          frequencies[i++] = tf
        }
        packed[fieldId] = { docIds, frequencies }
        tables.packedPostings += postings.size
      }
    }
    tables.packed.set(term, packed)
  }
  return packed
}

function scorePostings(index: SearchIndex, credits: Map<string, number>, filter?: (passageId: number) => boolean): Candidate[] {
  const mini = internalsOf(index.mini)
  const fields = Object.entries(FIELD_BOOST).map(([name, boost]) => [mini._fieldIds[name]!, boost] as const)
  const tables = scoringTables(mini)
  const { norms, passageOf } = tables
  const { score, termsMatched, lastTerm } = scratchFor(mini._nextId)
  const touched: number[] = []
  let termNumber = 0
  for (const [term, credit] of credits) {
    const byField = packedPostings(mini, tables, term)
    termNumber++
    if (!byField) continue
    for (const [fieldId, boost] of fields) {
      const postings: PackedPostings | undefined = byField[fieldId]
      if (!postings) continue
      const { docIds, frequencies }: PackedPostings = postings
      const idf = Math.log(1 + (mini._documentCount - docIds.length + 0.5) / (docIds.length + 0.5))
      const weight = credit * boost * idf
      const norm = norms[fieldId]!
      for (let i = 0; i < docIds.length; i++) {
        const docId = docIds[i]!
        const tf = frequencies[i]!
        if (lastTerm[docId] === -1) touched.push(docId)
        if (lastTerm[docId] !== termNumber) {
          lastTerm[docId] = termNumber
          termsMatched[docId]!++
        }
        score[docId]! += weight * (BM25.d + (tf * (BM25.k + 1)) / (tf + norm[docId]!))
      }
    }
  }

  const best = new BestCandidates(CANDIDATE_LIMIT)
  for (const docId of touched) {
    const passageId = passageOf[docId]!
    if (!filter || filter(passageId)) best.offer(passageId, score[docId]! * termsMatched[docId]!)
    score[docId] = 0
    termsMatched[docId] = 0
    lastTerm[docId] = -1
  }
  return best.sorted()
}

/** Best first: the higher BM25, then the lower passage id (a total order, so ties rank the same every time). */
function before(a: Candidate, b: Candidate): boolean {
  return a.bm25 > b.bm25 || (a.bm25 === b.bm25 && a.passageId < b.passageId)
}

/**
 * The best `limit` candidates, kept in a heap whose root is the worst of them. A common word
 * touches most passages, and sorting all of them to keep sixty was a tenth of a question's time.
 */
class BestCandidates {
  private readonly heap: Candidate[] = []
  constructor(private readonly limit: number) {}

  offer(passageId: number, bm25: number): void {
    const heap = this.heap
    if (heap.length < this.limit) {
      heap.push({ passageId, bm25 })
      for (let i = heap.length - 1; i > 0; ) {
        const up = (i - 1) >> 1
        if (!before(heap[up]!, heap[i]!)) break
        ;[heap[up], heap[i]] = [heap[i]!, heap[up]!]
        i = up
      }
      return
    }
    const candidate = { passageId, bm25 }
    if (!before(candidate, heap[0]!)) return
    heap[0] = candidate
    for (let i = 0; ; ) {
      let worst = i
      for (const child of [2 * i + 1, 2 * i + 2]) if (child < heap.length && before(heap[worst]!, heap[child]!)) worst = child
      if (worst === i) break
      ;[heap[worst], heap[i]] = [heap[i]!, heap[worst]!]
      i = worst
    }
  }

  sorted(): Candidate[] {
    return this.heap.sort((a, b) => (before(a, b) ? -1 : 1))
  }
}
