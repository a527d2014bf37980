// Candidates → ranked passages. minisearch's BM25 finds passages that share words with the
// question; this ranks them by a linear score over signals any news corpus has: how much of
// the question the passage, its best sentence (the answer sentence), its article and its
// headline hold, whether the passage gives the kind of answer asked for (a number, a time, a
// reason, a quote), and where it sits in its article. The weights are fitted on the public
// train sets by `npm run calibrate` (src/search/calibration.json), with cross-validation;
// `holderNamed` on a set written blind for it (test/eval/train-roles.json).
import type { Article, Passage, Sentence } from '../types.ts'
import { asksForName, expectedAnswerType, holderAsked, type AnswerType, namesHolder, namesSomeoneNew, questionAsks, questionWordSet, sentenceAnswers } from './answerType.ts'
import type { SearchIndex } from './buildIndex.ts'
import { escapeRegExp, foldText, foldWord } from './fold.ts'
import { isOrdinaryWord } from './lexicon.ts'
import { internalsOf } from './miniInternals.ts'
import { CODE, namesCountry, namesCoverage, slotFoundIn, type Candidate, type ResolvedSlot } from './query.ts'
import { isCommonNoun, namesKindOfPerson, relatedWords } from './synonyms.ts'
import { initialsDefined } from '../leaders/transcript.ts'
import { INSTITUTION_WORDS, isTitleHead, SPEECH_VERBS, SUBJECT_PRONOUNS } from '../leaders/words.ts'

/** What the ranking reads about one candidate passage; each value is in 0–1. */
export interface RankFeatures {
  /** BM25 relative to the best candidate's. */
  bm25: number
  /** Weighted share of the question's words in the passage / in its answer sentence. */
  passageCoverage: number
  sentenceCoverage: number
  /** Weighted share of the question's words in the passage's whole article, and in its headline. */
  articleCoverage: number
  titleCoverage: number
  /** Weighted share of the question's two rarest words in the passage. */
  rareCoverage: number
  /** The question asks for a kind of answer (time, number, place, age) and the answer sentence / some sentence of the passage gives one. */
  typeInSentence: number
  typeInPassage: number
  /** The question asks for a kind of answer and no sentence of the passage gives one. */
  typeMissing: number
  /** "Why…" and the passage gives a reason; "what did X say / think" and the passage quotes someone. */
  reasonGiven: number
  quoteGiven: number
  /** "What did X say / think" and no sentence of the passage both names X and quotes or reports speech: X is mentioned, not heard. */
  speakerUnheard: number
  /** "Who's the sheriff…", "who runs the union…" and a sentence of the passage names someone beside the title (answerType.ts `namesHolder`). */
  holderNamed: number
  /** The passage is its article's first: news leads restate the story, answers often come after. */
  lead: number
  /** Weighted share of the question's words in the passage before it: the paragraph after one that restates the question often holds its answer. */
  afterMatch: number
  /** How close the passage's meaning is to the question's (sentence-encoder cosine), 0 for the furthest candidate and 1 for the closest; 0 when there are no vectors (src/search/semantic.ts). */
  semantic: number
}

export const RANK_FEATURES: (keyof RankFeatures)[] = [
  'bm25',
  'passageCoverage',
  'sentenceCoverage',
  'articleCoverage',
  'titleCoverage',
  'rareCoverage',
  'typeInSentence',
  'typeInPassage',
  'typeMissing',
  'reasonGiven',
  'quoteGiven',
  'speakerUnheard',
  'holderNamed',
  'lead',
  'afterMatch',
  'semantic',
]

export type RankWeights = Record<keyof RankFeatures, number>

export interface ScoredPassage {
  passage: Passage
  score: number
  features: RankFeatures
  /** The sentence a reply shows as the answer (bold), and the fact compared across reports (sameFact.ts). */
  answerSentence: Sentence
  /** The answer sentence's terms, and the whole passage's, as the index analyzes them. */
  answerTerms: Set<string>
  passageTerms: Set<string>
  /** Share of the question's words (by count, any credit) found in the answer sentence / the passage. */
  sentenceWordShare: number
  passageWordShare: number
  /** Set on the first passage only, for the decision: the share of the question's names that its article and the next two passages' all lack (nameMissingShare()). */
  nameMissingShare?: number
  /** The sentence-encoder cosine of question and passage, when there are vectors. */
  cosine?: number
}

const REASON = /\b(because|due to|as a result|after|following|amid|since|so that|in order to|reason|owing to|blamed|cited|over concerns?|fears?|worried)\b/i
// Speech in any tense, and in the plain form after "to" or a modal ("continues to insist",
// "would not say"), where that form is no common noun ("a note", "the state" are left out).
const QUOTE =
  /["“”]|\b(said|says|say|told|tells|tell|added|stated|states|warned|warns|warn|insisted|insists|insist|argued|argues|argue|believes?|according to|mentioned|mention|noted|stressed|explained|explain|announced|announce|declared|declare|suggested|suggest|acknowledged|acknowledge|claimed|claims|denied|deny|admitted|admit|urged|urge|emphasi[sz]ed|emphasi[sz]e|reiterated|reiterate|assured|assure|wrote|spoke of|described|called for|cautioned|caution|saying|stating|telling|warning|insisting|arguing|adding|noting|stressing|claiming|expressed|voiced|confirmed|confirms|confirming)\b/i

/** How many of the best passages are checked for naming what the question names: the next often has what the first misses. */
const NAME_CHECKED = 3

/** How many words may stand between "the" and the speech verb: "the outgoing premier says". */
const TITLE_REACH = 4

/** A sentence quoting someone by a pronoun or a title ("he also said", "the outgoing premier says:", "said the premier"), who may be the one the sentence before names. */
function saidByPronounOrTitle(sentence: string): boolean {
  if (!/["“”]/.test(sentence)) return false
  const words = foldText(sentence).match(/[\p{L}\p{N}-]+/gu) ?? []
  return words.some((word, i) => {
    if (!SPEECH_VERBS.has(word)) return false
    if ([words[i - 2], words[i - 1], words[i + 1]].some((w) => SUBJECT_PRONOUNS.has(w!))) return true
    const before = words.slice(Math.max(0, i - TITLE_REACH), i)
    const after = words[i + 1] === 'the' ? words.slice(i + 2, i + 2 + TITLE_REACH) : []
    return (before.includes('the') && before.slice(before.lastIndexOf('the')).some(isTitleHead)) || after.some(isTitleHead)
  })
}

export function rankCandidates(
  index: SearchIndex,
  passages: Passage[],
  articleOf: (source: string) => Article,
  question: string,
  slots: ResolvedSlot[],
  candidates: Candidate[],
  weights: RankWeights,
  /** The question's cosine with a passage, when the coverage has vectors (src/search/semantic.ts). */
  cosineOf?: (passageId: number) => number,
): ScoredPassage[] {
  const totalWeight = slots.reduce((sum, s) => sum + s.weight, 0) || 1
  const maxBm25 = Math.max(...candidates.map((c) => c.bm25), Number.EPSILON)
  const type = countedInOtherWords(expectedAnswerType(question), slots)
  const asks = questionAsks(question)
  const holder = holderAsked(question)
  // The two rarest words, by their place among the slots.
  const rarest = [...slots.keys()].sort((a, b) => slots[b]!.weight - slots[a]!.weight).slice(0, 2)
  const rareWeight = rarest.reduce((sum, i) => sum + slots[i]!.weight, 0) || 1
  const nameAsked = asksForName(question)
  const speaker = speakerAsked(asks.speakerPart, slots, nameAsked)
  const titled = speaker?.titled?.map((title) => index.analyzer.wordTerm(title))
  const named = (terms: ReadonlySet<string> | undefined) => !!terms && !!speaker && (speaker.slots.some((s) => slotFoundIn(s, terms)) || !!titled?.some((term) => terms.has(term)))
  // A transcript's turn is its speaker's words, unquoted: "CS: I will not give you a date…" after
  // the header's "Guest: Hon. Chibwe Sakala, Minister of Energy (CS)" (turnSpeakers).
  const heard = (sentence: Sentence, terms: Set<string>, turn?: ReadonlySet<string>) => !!speaker && ((QUOTE.test(sentence.text) && named(terms)) || named(turn))
  // An office is heard where the passage names it and quotes: "The Minister of Maritime Affairs,
  // Mrs. Eleni Vardaki, called…" then '"…," said Mrs. Vardaki'.
  // A name is heard, too, where the next sentence quotes "he" or "the premier": "Min-jun Baek
  // concedes. Speaking at the Harbourside…, the outgoing premier says: "…"".
  const heardIn = (passage: Passage, sentenceTerms: Set<string>[], turns: (ReadonlySet<string> | undefined)[]) =>
    !speaker?.unnamed &&
    (passage.sentences.some((sentence, i) => heard(sentence, sentenceTerms[i]!, turns[i]) || (!speaker?.office && named(sentenceTerms[i - 1]) && saidByPronounOrTitle(sentence.text))) ||
      (!!speaker?.office && QUOTE.test(passage.text) && sentenceTerms.some(named))) &&
    ofCountryAsked(passage, sentenceTerms)
  // What the answer sentence must give when it can: the kind asked for; for "who…" and
  // "which…", a name the question does not have; for "what did X say", X speaking.
  const questionWords = nameAsked ? questionWordSet(question) : undefined
  const givesAnswer: ((sentence: Sentence, terms: Set<string>, turn?: ReadonlySet<string>) => boolean) | undefined = type
    ? (sentence) => sentenceAnswers(type, sentence.text)
    : questionWords
      ? (sentence) => namesSomeoneNew(sentence.text, questionWords)
      : speaker
        ? heard
        : undefined
  // What the sentence shown as the answer must give (answerAfter): the same, and for "why…" a
  // reason. Not what the sentence the ranking reads must give: the reason is a passage signal there.
  const shownGives: typeof givesAnswer = givesAnswer ?? (asks.reason ? (sentence) => REASON.test(sentence.text) : undefined)

  // Within one question: a headline's share of it, and a passage's (for the one after it), are
  // the same for every candidate that asks.
  const titleWeights = new Map<string, number>()
  const titleWeight = (source: string) => {
    let weight = titleWeights.get(source)
    if (weight === undefined) titleWeights.set(source, (weight = matchedWeight(slots, titleTerms(index, articleOf(source)))))
    return weight
  }
  const passageWeights = new Map<number, number>()
  const passageWeight = (passage: Passage) => {
    let weight = passageWeights.get(passage.id)
    if (weight === undefined) passageWeights.set(passage.id, (weight = formsHeld(slots, passageTerms(index, passage).allTerms).weight))
    return weight
  }
  const candidateSources = new Set(candidates.map((c) => passages[c.passageId]!.source))
  const inArticles = articleCredits(index, passages, slots, candidateSources)
  // An office of the country asked ("the south african coach") where the passage or its article names that country.
  const ofCountryAsked = (passage: Passage, sentenceTerms: Set<string>[]) =>
    (speaker?.of ?? []).every((place) => sentenceTerms.some((terms) => slotFoundIn(place, terms)) || slotFoundIn(place, inArticles.get(passage.source) ?? NO_TERMS))
  // Rescaled among the candidates: the encoder's cosines sit in a narrow band whose level
  // depends on the question's wording; which candidate is closest is what carries over.
  const cosines = cosineOf ? candidates.map((c) => cosineOf(c.passageId)) : undefined
  const lowest = cosines ? Math.min(...cosines) : 0
  const spread = cosines ? Math.max(...cosines) - lowest || 1 : 1

  // The question's words that may name someone, which a pronoun may stand for (namesReferredTo).
  const nameSlots = slots.filter((s) => !s.context && s.name)
  const thingReferredTo = thingReferrer(passages, slots, nameSlots, inArticles)
  const scored = candidates.map((candidate, i): ScoredPassage => {
    const passage = passages[candidate.passageId]!
    const own = passageTerms(index, passage)
    // The names a pronoun opening it stands for, in its first sentence; a thing's, from the sentence calling it by its noun on.
    const thing = thingReferredTo(passage, own)
    const { sentenceTerms, allTerms } = withTermsAdded(withTermsAdded(own, namesReferredTo(passages, passage, nameSlots), 0, true), thing?.terms ?? [], thing?.sentence)
    const held = formsHeld(slots, allTerms)
    passageWeights.set(passage.id, held.weight)
    const sentenceScores = sentenceTerms.map((terms) => held.weightIn(terms) / totalWeight)
    const turns = speaker ? turnSpeakers(index, passage, articleOf(passage.source)) : []
    const bySentence = (test: typeof givesAnswer) => test && ((i: number) => test(passage.sentences[i]!, sentenceTerms[i]!, turns[i]))
    const best = pickAnswerSentence(sentenceScores, bySentence(givesAnswer))
    const shown = answerAfter(best, passage.sentences, bySentence(shownGives))
    const typedSomewhere = !!type && passage.sentences.some((s) => sentenceAnswers(type, s.text))
    const features: RankFeatures = {
      bm25: candidate.bm25 / maxBm25,
      passageCoverage: held.weight / totalWeight,
      sentenceCoverage: sentenceScores[best] ?? 0,
      articleCoverage: articleWeight(slots, inArticles.get(passage.source), allTerms) / totalWeight,
      titleCoverage: titleWeight(passage.source) / totalWeight,
      rareCoverage: rarest.reduce((sum, i) => sum + slots[i]!.weight * held.credits[i]!, 0) / rareWeight,
      typeInSentence: type && sentenceAnswers(type, passage.sentences[best]?.text ?? '') ? 1 : 0,
      typeInPassage: typedSomewhere ? 1 : 0,
      typeMissing: type && !typedSomewhere ? 1 : 0,
      reasonGiven: asks.reason && REASON.test(passage.text) ? 1 : 0,
      quoteGiven: asks.statement && QUOTE.test(passage.text) ? 1 : 0,
      speakerUnheard: speaker && !heardIn(passage, sentenceTerms, turns) ? 1 : 0,
      holderNamed: holder && passage.sentences.some((sentence) => namesHolder(holder, sentence.text)) ? 1 : 0,
      lead: passage.position === 0 ? 1 : 0,
      afterMatch: previousCoverage(passages, passage, passageWeight) / totalWeight,
      semantic: cosines ? (cosines[i]! - lowest) / spread : 0,
    }
    let score = 0
    // A calibration fitted before a feature existed gives it no weight, rather than a NaN score.
    for (const name of RANK_FEATURES) score += (weights[name] ?? 0) * features[name]
    return {
      passage,
      score,
      features,
      answerSentence: passage.sentences[shown] ?? { text: passage.text, start: 0, end: passage.text.length },
      answerTerms: sentenceTerms[shown] ?? allTerms,
      passageTerms: allTerms,
      sentenceWordShare: wordShare(slots, sentenceTerms[best]),
      passageWordShare: wordShare(slots, allTerms),
      ...(cosines ? { cosine: cosines[i]! } : {}),
    }
  })
  scored.sort((a, b) => b.score - a.score || a.passage.id - b.passage.id)
  const names = slots.filter(isNameAsTyped)
  if (scored.length && names.length) {
    const best = scored.slice(0, NAME_CHECKED)
    const lacking = new Map(best.map((r) => [r, nameMissingShare(names, inArticles.get(r.passage.source), r.passageTerms, articleOf(r.passage.source))]))
    // An article that never names what the question names does not answer it, however well the
    // passage matches the rest ("who's the ceo of owopay" from a story on another company's
    // chief): of the three best, those whose articles name more of the question's names come
    // first, in the order of their scores otherwise (Array.sort is stable). Not a passage holding
    // none of the question's own words, which the decision never quotes (decide()).
    const rankedBy = (r: ScoredPassage) => (r.passageWordShare === 0 ? 1 : lacking.get(r)!)
    scored.splice(0, best.length, ...best.sort((a, b) => rankedBy(a) - rankedBy(b)))
    // For the decision: the names all three best passages' articles lack (the next often has what the first misses).
    scored[0]!.nameMissingShare = Math.min(...lacking.values())
  }
  return scored
}

/**
 * "How many houses…" is answered by "More than 14,000 homes": the counted words in any form the
 * question's words accept at half credit or more (synonyms, words used like them), as index terms;
 * a count still needs its number just before one of them. Any form at all was tried: held out it
 * answered a BBC near-miss ("how many people work for winn-dixie") and moved two more questions
 * (docs/quality.md item 33).
 */
function countedInOtherWords(type: AnswerType | undefined, slots: ResolvedSlot[]): AnswerType | undefined {
  if (type?.kind !== 'count') return type
  const counted = new Set(type.counted)
  for (const slot of slots) {
    if (!type.counted.includes(slot.word.toLowerCase())) continue
    for (const forms of [slot.terms, slot.near]) for (const [term, credit] of forms) if (credit >= 0.5) counted.add(term)
  }
  // "How many ships" is answered by "23 vessels were waiting", "how many houses" by "11 homes
  // lost": what is counted, by the broader name WordNet gives it.
  for (const word of type.counted) for (const related of relatedWords(foldWord(word))) if (related.relation === 'hypernym' && !related.word.includes(' ')) counted.add(related.word)
  return counted.size > type.counted.length ? { ...type, counted: [...counted] } : type
}

interface PassageTerms {
  sentenceTerms: Set<string>[]
  allTerms: Set<string>
}

/**
 * Analyzing candidates' sentences was a third of the time of a question in the profile, and the
 * same passages come back for question after question: keep the terms of recently ranked
 * passages, and of their articles. Bounded (a few MB), cleared whole when full; one table per index.
 */
const TERMS_CACHE_LIMIT = 20_000
const passageTermsCache = new WeakMap<SearchIndex, Map<number, PassageTerms>>()
const titleTermsCache = new WeakMap<SearchIndex, Map<string, Set<string>>>()

function passageTerms(index: SearchIndex, passage: Passage): PassageTerms {
  let cache = passageTermsCache.get(index)
  if (!cache) passageTermsCache.set(index, (cache = new Map()))
  let terms = cache.get(passage.id)
  if (!terms) {
    const sentenceTerms = passage.sentences.map((s) => new Set(index.analyzer.terms(s.text)))
    const allTerms = new Set(passage.heading ? index.analyzer.terms(passage.heading) : [])
    for (const set of sentenceTerms) for (const term of set) allTerms.add(term)
    terms = { sentenceTerms, allTerms }
    if (cache.size >= TERMS_CACHE_LIMIT) cache.clear()
    cache.set(passage.id, terms)
  }
  return terms
}

/**
 * The question's names that a passage opening on "she" or "he" refers to: those of the one the
 * last sentence before it, in its article, names. "She said inspectors had also documented wounds…
 * after repeated thermal delousing" goes on from "…," Bårdsen told Nordland Avis.": it is Kjersti
 * Bårdsen's, though it never names her, as news paragraphs go on about the one just named.
 */
function namesReferredTo(passages: Passage[], passage: Passage, names: ResolvedSlot[]): string[] {
  if (names.length === 0 || passage.position === 0) return []
  const previous = passages[passage.id - 1]
  const opening = passage.sentences[0]?.text
  if (!previous || previous.source !== passage.source || !opening || !OPENS_ON_PRONOUN.test(opening)) return []
  const last = previous.sentences.at(-1)?.text ?? ''
  // Written as a name: "Bårdsen", not "bardsen" in "the bardsen fjord".
  const writtenIn = (text: string) => (slot: ResolvedSlot) => asNameIn(text, slot.word)
  if (!names.some(writtenIn(last))) return []
  // By the whole name the passage gives ("Kjersti Bårdsen, who heads…").
  return names.filter(writtenIn(previous.text)).flatMap((slot) => [...slot.terms.keys()])
}

/** Whether `text` has `word` capitalised, as a name is written, whatever its accents (foldWord). */
function asNameIn(text: string, word: string): boolean {
  const wanted = foldWord(word)
  for (const [written] of text.matchAll(CAPITALISED_WORD)) if (foldWord(written) === wanted) return true
  return false
}
const CAPITALISED_WORD = /\p{Lu}[\p{L}\p{M}'’]*/gu

/** A sentence whose subject is "she" or "he", or a quotation that "she" or "he" said. */
const OPENS_ON_PRONOUN = /^\s*(?:She|He)\s|^["“][^"”]*[,.?!]["”]\s+(?:she|he)\s/

/**
 * A passage's terms with the names a sentence of it stands for added to the sentences `from` on
 * (to the first only, `only`): a pronoun's names to the sentence it opens (namesReferredTo), a
 * thing's names from the sentence calling it by its noun on (thingReferrer).
 */
function withTermsAdded(terms: PassageTerms, added: string[], from = 0, only = false): PassageTerms {
  if (added.length === 0) return terms
  const sentenceTerms = terms.sentenceTerms.map((set, i) => (i === from || (!only && i > from) ? new Set([...set, ...added]) : set))
  return { sentenceTerms, allTerms: new Set([...terms.allTerms, ...added]) }
}

/**
 * The question's names that a passage calling a thing by its common noun refers to: "The
 * 312-km pipeline… is estimated to cost $4.6 billion", after its article's "the Nechako Ridge
 * Gas Pipeline", for "how much is the nechako ridge pipeline gonna cost". News names a thing in
 * full once, then by what it is ("the pipeline", "the co-operative"). Only the names its article
 * wrote before this passage, in the one phrase ending with or followed by that noun (and the
 * question's other words capitalised in it, "Ridge"), from the sentence that says "the …
 * pipeline" on: by sentence index, their terms. Made once per question: the phrases of each
 * passage read once, whichever candidates come after it.
 */
function thingReferrer(passages: Passage[], slots: ResolvedSlot[], names: ResolvedSlot[], inArticles: Map<string, Set<string>>) {
  const heads = names.length === 0 ? [] : slots.filter((s) => !s.context && !s.name && /^\p{L}{3,}$/u.test(s.word)).map((head) => ({
    head,
    called: new RegExp(String.raw`\bthe\s+(?:[\p{L}\d][\p{L}\d'’-]*\s+){0,2}${escapeRegExp(head.word)}s?\b`, 'iu'),
    // The name and the noun as one phrase: "Nechako Ridge Gas Pipeline", "the Nechako Ridge pipeline".
    named: new RegExp(String.raw`((?:\p{Lu}[\p{L}\p{M}'’-]*\s+){1,5})${escapeRegExp(head.word)}s?\b`, 'giu'),
  }))
  // Each passage's phrases read once, as the folded capitalised words in them (asNameIn's test).
  const namedWords = new Map<string, Set<string>>()
  const namedIn = (h: number, passage: Passage) => {
    const key = `${h}:${passage.id}`
    let words = namedWords.get(key)
    if (!words) {
      words = new Set()
      for (const [, phrase] of passage.text.matchAll(heads[h]!.named)) for (const [written] of phrase!.matchAll(CAPITALISED_WORD)) words.add(foldWord(written))
      namedWords.set(key, words)
    }
    return words
  }
  return (passage: Passage, own: PassageTerms): { sentence: number; terms: string[] } | undefined => {
    if (heads.length === 0 || passage.position === 0) return undefined
    const missing = names.filter((s) => !slotFoundIn(s, own.allTerms))
    if (missing.length === 0) return undefined
    // Cheap tests first: the article names them somewhere, the passage has the noun.
    const article = inArticles.get(passage.source) ?? NO_TERMS
    if (!missing.every((slot) => slotFoundIn(slot, article))) return undefined
    for (const [h, { head, called }] of heads.entries()) {
      if (!slotFoundIn(head, own.allTerms) || !called.test(passage.text)) continue
      const sentence = passage.sentences.findIndex((s) => called.test(s.text))
      if (sentence < 0) continue
      const lacked = slots.filter((s) => !s.context && s !== head && !slotFoundIn(s, own.allTerms))
      const heldBefore = new Set<ResolvedSlot>()
      for (let id = passage.id - 1; id >= 0 && passages[id]!.source === passage.source; id--) {
        const named = namedIn(h, passages[id]!)
        for (const slot of lacked) if (named.has(foldWord(slot.word))) heldBefore.add(slot)
      }
      if (missing.every((slot) => heldBefore.has(slot))) return { sentence, terms: [...heldBefore].flatMap((slot) => [...slot.terms.keys()]) }
    }
    return undefined
  }
}

function titleTerms(index: SearchIndex, article: Article): Set<string> {
  let cache = titleTermsCache.get(index)
  if (!cache) titleTermsCache.set(index, (cache = new Map()))
  let terms = cache.get(article.source)
  if (!terms) {
    terms = new Set(index.analyzer.terms(article.title))
    if (cache.size >= TERMS_CACHE_LIMIT) cache.clear()
    cache.set(article.source, terms)
  }
  return terms
}

/**
 * Which of the question's terms each candidate article holds, read from the postings rather
 * than by analyzing whole articles (that was most of a question's time at 50,000 articles).
 * Terms in more passages than this are not looked up: they weigh little, and a passage that
 * has one still counts it (articleWeight).
 */
const ARTICLE_POSTINGS_LIMIT = 1_500

function articleCredits(index: SearchIndex, passages: Passage[], slots: ResolvedSlot[], sources: Set<string>): Map<string, Set<string>> {
  const mini = internalsOf(index.mini)
  const { articleOfDoc, sourceOf, numberOf } = articleNumbers(index, passages)
  // Candidate articles by number: a typed-array lookup per posting instead of a string hash.
  const wanted = new Map<number, Set<string>>()
  for (const source of sources) {
    const n = numberOf.get(source)
    if (n !== undefined) wanted.set(n, new Set())
  }
  for (const slot of slots) {
    for (const term of slot.terms.keys()) {
      if ((index.documentFrequency.get(term) ?? 0) > ARTICLE_POSTINGS_LIMIT) continue
      const byField = mini._index.get(term)
      if (!byField) continue
      for (const postings of byField.values()) {
        for (const docId of postings.keys()) {
          const terms = wanted.get(articleOfDoc[docId] ?? -1)
          if (terms) terms.add(term)
        }
      }
    }
  }
  return new Map([...wanted].map(([n, terms]) => [sourceOf[n]!, terms]))
}

/** The articles with a passage holding this term. */
export function articlesHolding(index: SearchIndex, passages: Passage[], term: string): Set<string> {
  const { articleOfDoc, sourceOf } = articleNumbers(index, passages)
  const found = new Set<string>()
  for (const postings of internalsOf(index.mini)._index.get(term)?.values() ?? []) {
    for (const docId of postings.keys()) {
      const n = articleOfDoc[docId] ?? -1
      if (n >= 0) found.add(sourceOf[n]!)
    }
  }
  return found
}

/** minisearch document id → article number, and article number → source; once per index. */
const articleNumberTables = new WeakMap<SearchIndex, { articleOfDoc: Int32Array; sourceOf: string[]; numberOf: Map<string, number> }>()

function articleNumbers(index: SearchIndex, passages: Passage[]): { articleOfDoc: Int32Array; sourceOf: string[]; numberOf: Map<string, number> } {
  let tables = articleNumberTables.get(index)
  if (!tables) {
    const mini = internalsOf(index.mini)
    const numberOf = new Map<string, number>()
    const sourceOf: string[] = []
    const articleOfDoc = new Int32Array(mini._nextId).fill(-1)
    for (const [docId, passageId] of mini._documentIds) {
      const source = passages[passageId]?.source
      if (source === undefined) continue
      let n = numberOf.get(source)
      if (n === undefined) numberOf.set(source, (n = sourceOf.push(source) - 1))
      articleOfDoc[docId] = n
    }
    articleNumberTables.set(index, (tables = { articleOfDoc, sourceOf, numberOf }))
  }
  return tables
}

/** The question's weight held by an article: its terms found in the article, or in the passage itself. */
function articleWeight(slots: ResolvedSlot[], articleTerms: Set<string> | undefined, passageTerms: Set<string>): number {
  return matchedWeight(slots, { has: (term) => passageTerms.has(term) || articleTerms?.has(term) === true })
}

/** The question's weight held by the passage just before this one in its article (0 for a lead). */
function previousCoverage(passages: Passage[], passage: Passage, weightOf: (passage: Passage) => number): number {
  const previous = passages[passage.id - 1]
  if (passage.position === 0 || !previous || previous.source !== passage.source) return 0
  return weightOf(previous)
}

/**
 * Share of the question's names ("gizmondo", "painkiller") that the passage's article never
 * mentions: an article that never names what is asked about does not answer it ("what's the
 * battery life on the gizmondo", from a story on other phones' batteries). Read again in the
 * article's own words for the forms the index keeps apart: a place's adjective ("californian" →
 * "California", "japan" → "Japanese").
 */
function nameMissingShare(names: ResolvedSlot[], articleTerms: Set<string> | undefined, passageTerms: Set<string>, article: Article): number {
  const inArticle = { has: (term: string) => passageTerms.has(term) || articleTerms?.has(term) === true }
  const missing = names.filter((s) => !slotFoundIn(s, inArticle))
  if (missing.length === 0) return 0
  const text = foldedArticle(article)
  const beginsAWord = (stem: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(stem)}`, 'u').test(text)
  return missing.filter((s) => !beginsAWord(stemOfName(foldWord(s.word)))).length / names.length
}

/** An article's headline and body folded, once: the same articles come back question after question (dropped with the snapshot). */
const foldedArticles = new WeakMap<Article, string>()
function foldedArticle(article: Article): string {
  let text = foldedArticles.get(article)
  if (text === undefined) foldedArticles.set(article, (text = foldText(`${article.title}\n${article.body}`)))
  return text
}

/**
 * A name of the question itself that the coverage writes as typed (or a code), and no English word: not a
 * slip the spelling correction read as someone's name ("frist" → Frist, "winery" → Weiner,
 * "tummy"), nor a country by any of its names ("paris" for France: concepts.ts).
 */
function isNameAsTyped(slot: ResolvedSlot): boolean {
  if (!(slot.properName || CODE.test(foldWord(slot.word))) || slot.context) return false
  return !isOrdinaryWord(foldWord(slot.word)) && !namesCountry(slot) && [...slot.terms.values()].some((credit) => credit === 1)
}

/**
 * The first letters a place's other forms share: of a place's adjective, all but its last three
 * letters ("californ|ian", "mexic|an"); of any other word, the whole of it ("colonsay" is no
 * "Colonel" of a story on army engineers).
 */
function stemOfName(word: string): string {
  return word.length > 5 && PLACE_ADJECTIVE_ENDING.test(word) ? word.slice(0, Math.max(5, word.length - 3)) : word
}
const PLACE_ADJECTIVE_ENDING = /(?:an|ese|ish|i|ic)$/

/** Share of the question's words, by count, with any form in the terms. */
function wordShare(slots: ResolvedSlot[], terms: Set<string> | undefined): number {
  if (!terms || slots.length === 0) return 0
  return slots.filter((slot) => slotFoundIn(slot, terms)).length / slots.length
}

/**
 * The forms of the question's words (own forms and neighbours) a passage holds, each word's
 * credit there, and their weight: its sentences can hold no others, so scoring each sentence
 * checks these few instead of every form of every word (matchedWeight per sentence was the
 * profile's second hottest function). The same sums as matchedWeight, in the same order.
 */
function formsHeld(slots: ResolvedSlot[], passageTerms: Set<string>): { weight: number; credits: Float64Array; weightIn(terms: Set<string>): number } {
  const held: { slot: number; term: string; credit: number }[] = []
  const credits = new Float64Array(slots.length)
  let weight = 0
  slots.forEach((slot, i) => {
    let credit = 0
    for (const forms of [slot.terms, slot.near]) {
      for (const [term, c] of forms) {
        if (!passageTerms.has(term)) continue
        held.push({ slot: i, term, credit: c })
        if (c > credit) credit = c
      }
    }
    credits[i] = credit
    weight += slot.weight * credit
  })
  const best = new Float64Array(slots.length)
  return {
    weight,
    credits,
    weightIn(terms) {
      if (held.length === 0) return 0
      best.fill(0)
      for (const { slot, term, credit } of held) if (credit > best[slot]! && terms.has(term)) best[slot] = credit
      let sum = 0
      for (let i = 0; i < slots.length; i++) sum += slots[i]!.weight * best[i]!
      return sum
    },
  }
}

function matchedWeight(slots: ResolvedSlot[], terms: Pick<Set<string>, 'has'>): number {
  let sum = 0
  for (const slot of slots) {
    let credit = 0
    for (const [term, c] of slot.terms) if (c > credit && terms.has(term)) credit = c
    for (const [term, c] of slot.near) if (c > credit && terms.has(term)) credit = c
    sum += slot.weight * credit
  }
  return sum
}

/** The best-covering sentence; when it does not give the answer asked for, one that does close behind wins. */
function pickAnswerSentence(scores: number[], givesAnswer: ((sentence: number) => boolean) | undefined): number {
  let best = 0
  scores.forEach((s, i) => {
    if (s > scores[best]!) best = i
  })
  if (givesAnswer && scores.length && !givesAnswer(best)) {
    const typed = scores
      .map((s, i) => [s, i] as const)
      .filter(([s, i]) => s >= 0.6 * scores[best]! && s > 0 && givesAnswer(i))
      .sort((a, b) => b[0] - a[0])[0]
    if (typed) best = typed[1]
  }
  return best
}

/**
 * The sentence shown as the answer. A news lead restates the story and keeps the specifics for
 * the next sentence: "A US bank has said it will donate more than $8m to victims of…", then
 * "Riggs Bank will put money in a special fund…"; "Serbia's Ana Ivanovic captured her first WTA
 * title…", then "The 17-year-old took 83 minutes…". The next sentence names the subject by a
 * pronoun or a description, so it holds little of the question. When the sentence holding most
 * of it does not give what is asked (a name, a number, the speaker heard, a reason) and the next
 * one does, the next one is the answer. The ranking still reads the sentence holding the
 * question: this moves what a reply sets in bold, not which passage comes first
 * (docs/quality.md, item 21). A question never answers itself: an explainer's "Q: What is the
 * Pan Justo agreement?" holds all of the question, and its answer follows (item 71).
 */
function answerAfter(best: number, sentences: Sentence[], givesAnswer: ((sentence: number) => boolean) | undefined): number {
  if (best + 1 >= sentences.length) return best
  if (ASKS.test(sentences[best]!.text)) return best + 1
  return givesAnswer && !givesAnswer(best) && givesAnswer(best + 1) ? best + 1 : best
}

/** A sentence that asks: it ends in a question mark, maybe inside quotation marks or brackets. */
const ASKS = /\?["'”’)\]]*\s*$/

/** Offices asked for by what they are, and the titles news gives their holders. */
const HEAD_OF: [RegExp, string[]][] = [
  [/\bhead of state\b/, ['president', 'king', 'queen', 'monarch', 'emir', 'sultan']],
  [/\bhead of (the )?government\b/, ['premier', 'chancellor', 'taoiseach']],
]

/** An article that holds none of the question's terms. */
const NO_TERMS: ReadonlySet<string> = new Set()

/**
 * Whose turn of a transcript each of a passage's sentences is, as the terms of the header's words
 * on them ("Chibwe Sakala, Minister of Energy (CS)"): from a sentence opening with initials the
 * header gives ("CS: …") to the next label; none outside a turn, or in the host's. Kept per
 * passage, and each article's initials once (most articles have none: an empty map).
 */
function turnSpeakers(index: SearchIndex, passage: Passage, article: Article): (ReadonlySet<string> | undefined)[] {
  let cache = turnCache.get(index)
  if (!cache) turnCache.set(index, (cache = { passages: new Map(), articles: new Map() }))
  let turns = cache.passages.get(passage.id)
  if (turns) return turns
  let initials = cache.articles.get(article.source)
  if (!initials) {
    initials = new Map()
    const header = article.body.slice(0, HEADER_CHARS)
    if (INITIALS_LABEL.test(article.body))
      for (const [label, who] of initialsDefined(header.split('\n'))) initials.set(label, who && new Set(index.analyzer.terms(who.described)))
    cache.articles.set(article.source, initials)
  }
  let current: ReadonlySet<string> | undefined
  turns = passage.sentences.map((sentence) => {
    const label = TURN_LABEL.exec(sentence.text)?.[1]
    if (label !== undefined) current = initials.get(label) ?? undefined
    return current
  })
  if (cache.passages.size >= TERMS_CACHE_LIMIT) cache.passages.clear()
  cache.passages.set(passage.id, turns)
  return turns
}
const turnCache = new WeakMap<SearchIndex, { passages: Map<number, (ReadonlySet<string> | undefined)[]>; articles: Map<string, Map<string, ReadonlySet<string> | null>> }>()
/** A turn's label of initials: "CS: Good morning". */
const TURN_LABEL = /^\s*(\p{Lu}{2,4}):\s/u
/** Some paragraph of the article opens with one. */
const INITIALS_LABEL = /(?:^|\n)\s*\p{Lu}{2,4}:\s/u
/** Where a transcript's header, giving the initials, ends at the latest. */
const HEADER_CHARS = 2_000

/**
 * The one whose words are asked for, among the words before the speech word: a name, heard by
 * any of its words ("what did brad whitcomb say": "…," Whitcomb said); else an office ("what did
 * the greek minister say": a Greek paper's minister is heard without "Greek" beside him, the
 * article naming Greece; "the south african coach", not a mine's manager); else a place or a
 * people ("what did germany say"). No one when it is the coverage itself ("what did the
 * portuguese paper say", "what does the report say"): any passage of it may answer. When the
 * question asks who, only an office: the name is what is asked.
 */
function speakerAsked(
  before: string | undefined,
  slots: ResolvedSlot[],
  nameAsked: boolean,
): { slots: ResolvedSlot[]; office: boolean; of?: ResolvedSlot[]; titled?: string[]; unnamed?: boolean } | undefined {
  if (before === undefined || namesCoverage(before)) return undefined
  // A figure names no one: "what did the 19 yo say" asks someone described by age.
  // A noun typed in lower case before the word for the kind of person asked says what kind, even
  // when the coverage capitalises it in a name ("the concussion doctor", whose clinic is the
  // "Red River Sport Concussion Clinic").
  const said = slots.filter((s) => before.includes(s.word.toLowerCase()) && !/^\d/.test(s.word))
  const kind = said.at(-1)
  const ofKind = kind !== undefined && namesKindOfPerson(foldWord(kind.word))
  const asked = ofKind ? said.filter((s) => s === kind || s.writtenAsName || !isCommonNoun(foldWord(s.word))) : said
  const office = asked.find((s) => s.known && isTitleHead(foldWord(s.word)))
  // "the south african coach", "france's president": that country's, whose name or people the
  // article must name too (a local paper leaves its own country out of "the minister"), or any
  // coach quoted would be heard.
  const of = asked.filter((s) => s !== office && namesCountry(s))
  // "lithuania's head of state": its president or monarch, as news titles them.
  const titled = office && HEAD_OF.find(([phrase]) => phrase.test(before))?.[1]
  const asOffice = office && { slots: [office], office: true, ...(of.length ? { of } : {}), ...(titled ? { titled } : {}) }
  // "Which founding member of portishead said…": who speaks is the answer, not Portishead; and
  // "marcela iturbide's lawyer" is the lawyer, not her.
  if (nameAsked || (office && new RegExp(`['’]s (?:[a-z-]+ )?${office.word.toLowerCase()}\\b`).test(before))) return asOffice
  // A surname that often starts a sentence may not read as written with a capital ("Whitcomb,
  // a Denver-based investor,"): any known word that is no English is a name here.
  const names = asked.filter((s) => (s.properName || (s.name && !isOrdinaryWord(foldWord(s.word)))) && !namesCountry(s))
  if (names.length) return { slots: names, office: false }
  // "what did the eu commission say": a body the coverage names by no word it uses ("eu") is heard
  // nowhere. By its kind alone ("what did the union say") it may be named otherwise ("the
  // Bengaluru IT Employees' Forum"): no one is asked to be heard.
  const body = asked.find((s) => s.known && INSTITUTION_WORDS.has(foldWord(s.word)))
  if (body && !office && asked.some((s) => !s.known)) return { slots: [body], office: false, unnamed: true }
  const place = asked.find((s) => s.name)
  return asOffice ?? (place && { slots: [place], office: false })
}
