// Should we answer, and how sure are we? Two small logistic models over signals the ranking
// already computes (does the coverage answer? is the first passage the answer?), fitted by
// `npm run calibrate` on the public train sets (never on dev.json) and kept in calibration.json
// with the data, folds and held-out scores they came from. Three outcomes:
// - 'high': a confident answer;
// - 'low': the closest the coverage comes, shown and labelled as possibly not answering;
// - undefined: not covered, nothing relevant enough to show.
import calibration from './calibration.json' with { type: 'json' }
import type { Confidence } from '../types.ts'
import { normalizeNumbers } from './analyze.ts'
import { speakerPart } from './answerType.ts'
import { foldWord } from './fold.ts'
import { isNoun, isOrdinaryWord } from './lexicon.ts'
import { namesCountry, slotFoundIn, type ResolvedSlot } from './query.ts'
import type { RankFeatures, RankWeights, ScoredPassage } from './rank.ts'

/**
 * What the decision reads: the best passage's ranking features (src/search/rank.ts), whether
 * the passages around it give the kind of answer asked for and hear the one whose words are
 * asked for, and what the question names that the coverage lacks. test/eval/calibration.ts says
 * which of them the models use, and why.
 */
export interface AnswerSignals extends RankFeatures {
  /** Share of the question's words, by count, in the answer sentence / the passage. */
  sentenceWordShare: number
  passageWordShare: number
  /**
   * The best passage holds only the question's names and places, and another word of it is
   * nowhere in the coverage, nor answered by the kind asked for: "whats the weather in kyiv",
   * "kyiv hotels" over stories about Kyiv (1, else 0). Not fitted: a rule in decide().
   */
  subjectUnknown: number
  /**
   * Of the question's words, the best passage holds only when ("last night", "this week") and
   * none of what: "lol who won the game last night" over a bushfire's "by last night" (1, else
   * 0). Not fitted: a rule in decide().
   */
  sharesOnlyTimes: number
  /**
   * Of the question's words, the best passage holds only ordinary words that name nothing (a verb,
   * an adjective: "keep", "good"), and the coverage has none of the rest: "why does my laptop keep
   * crashing" over "…keep the peace…" (1, else 0). Not fitted: a rule in decide().
   */
  sharesOnlyLightWords: number
  /** Share of the question's names (as typed, written with a capital in the coverage) that none of the three best passages' articles has: "what's the battery life on the gizmondo" from stories on other phones. Not fitted: a rule in decide(). */
  nameMissingShare: number
  /** Weighted share of the question that names things the coverage never mentions ("Taiwan", "2022"). */
  unknownNameShare: number
  /** Weighted share of the question's words the coverage has no form of at all. */
  unknownWordShare: number
  /** The question asks for a kind of answer (a time, a number…) and none of the three best passages gives one. */
  typeMissingAround: number
  /**
   * "What did X say / what is X's position" and X is heard in none of the three best passages.
   * The decision reads this rather than the first passage's `speakerUnheard`: the first may be
   * about X's subject ("strengthen Kyiv's position" for "what is trump's position") and the next
   * one X's words ("Trump told Fox News").
   */
  speakerUnheardAround: number
  /** How much of the question is unknown names beyond half of it (a typo or two is not; "jd vance" in a short question is). */
  unknownNameExcess: number
  /** The question gives a figure ("the 2018 world cup", "iphone 12") that the best passage does not have in any form. */
  figureMissing: number
  /** Names written as names (a capital not only starting the question, or digits: "Taiwan", "2022") that the coverage never mentions. */
  unknownProperNames: number
  /** "What did sunak say…", and the one whose words are asked for is no one the coverage names (1, else 0). */
  speakerNeverNamed: number
  /**
   * The sentence-encoder cosine of the question and the best passage (0 without vectors): chat
   * and other subjects sit far below answers. Never below NEUTRAL_COSINE for a question the
   * encoder cannot read (`unreadableByMeaning`).
   */
  semanticCosine: number
}

/** A logistic model over standardised signals. */
export interface LogisticModel {
  features: (keyof AnswerSignals)[]
  mean: number[]
  scale: number[]
  weights: number[]
  bias: number
}

export interface CalibrationModel extends LogisticModel {
  /** The probability that the coverage answers the question: at least this, and it is answered. */
  threshold: number
  /** Among answered questions, the probability that the first passage is the answer: at least its threshold, and the answer is 'high'. */
  confident: LogisticModel & { threshold: number }
}

/** The committed calibration: ranking weights and the decision, fitted together by `npm run calibrate`. */
export interface Calibration {
  ranking: RankWeights
  decision: CalibrationModel
  /** The same, fitted with the semantic feature and signal: used when the coverage has passage vectors. */
  semantic?: Omit<Calibration, 'semantic'>
}

export const CALIBRATION = calibration as unknown as Calibration

export function answerSignals(ranked: ScoredPassage[], slots: ResolvedSlot[], question: string): AnswerSignals | undefined {
  const best = ranked[0]
  if (!best) return undefined
  const totalWeight = slots.reduce((sum, s) => sum + s.weight, 0) || 1
  const share = (pick: (s: ResolvedSlot) => boolean) => slots.filter(pick).reduce((sum, s) => sum + s.weight, 0) / totalWeight
  /** 1 when the first passage's lack holds for the three best: the next one often has what the first misses. */
  const lackedAround = (feature: 'typeMissing' | 'speakerUnheard') => (ranked.slice(0, 3).every((r) => r.features[feature] === 1) ? 1 : 0)
  const guessed = hedgedFigures(question)
  return {
    ...best.features,
    sentenceWordShare: best.sentenceWordShare,
    passageWordShare: best.passageWordShare,
    nameMissingShare: best.nameMissingShare ?? 0,
    unknownNameShare: share((s) => s.unknownName),
    unknownWordShare: share((s) => !s.known),
    typeMissingAround: lackedAround('typeMissing'),
    sharesOnlyTimes: sharesOnlyTimes(slots, best.passageTerms) ? 1 : 0,
    sharesOnlyLightWords: sharesOnlyLightWords(slots, best.passageTerms) ? 1 : 0,
    subjectUnknown: !best.features.typeInPassage && sharesOnlyNames(slots, best.passageTerms) ? 1 : 0,
    speakerUnheardAround: lackedAround('speakerUnheard'),
    unknownNameExcess: Math.max(0, share((s) => s.unknownName) - 0.5),
    // Of what is asked: a figure around it (a guess at the answer, "…, under 3.5k?") may be wrong,
    // and so may a sum hedged as one ("did they get like 1.5m usd", where the coverage has US$1.51 million).
    figureMissing: slots.some((s) => !s.context && /\d/.test(s.word) && !guessed.has(s.word) && !slotFoundIn(s, best.passageTerms)) ? 1 : 0,
    unknownProperNames: slots.filter((s) => !s.context && s.unknownName && (s.writtenAsName || /^\p{N}/u.test(s.word))).length,
    speakerNeverNamed: speakerNeverNamed(question, slots) ? 1 : 0,
    semanticCosine: best.cosine === undefined ? 0 : unreadableByMeaning(slots) ? Math.max(best.cosine, NEUTRAL_COSINE) : best.cosine,
  }
}

/**
 * A question that is a name and at most one other word ("what does merz want", "what did
 * nauseda say", "Merz"), to a sentence encoder that reads it in lower case: its vocabulary has
 * no lower-case names (a few capitalised ones, "Trump", "Germany"), so it reads a generic "what
 * does … want", near no passage in particular (cosine 0.02 with the passage quoting Nauseda,
 * where the train sets' chit-chat scores 0.04-0.2). A low cosine is then no evidence against
 * it, and the words decide (docs/quality.md, "What the misses show", 18).
 */
function unreadableByMeaning(slots: ResolvedSlot[]): boolean {
  return slots.some((s) => s.properName) && slots.filter((s) => !s.properName).length <= 1
}

/**
 * "what did sunak say about immigration", asked of coverage that never names Sunak: the one whose
 * words are asked for is every word before the speech word, and none of them is English or a
 * name the coverage has (at most an ordinary word a letter away, "sunk"). Other people's words
 * on the topic do not answer it, however well they match. A role ("the forein minster") or a
 * chat word for one ("the govt") is not a name (`neverNamed`).
 */
function speakerNeverNamed(question: string, slots: ResolvedSlot[]): boolean {
  const part = speakerPart(question)
  if (part === undefined) return false
  const words = new Set(part.split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean))
  const speaker = slots.filter((s) => words.has(s.word.toLowerCase()))
  return speaker.length > 0 && speaker.every((s) => s.neverNamed)
}

/**
 * The figures of sums the question gives as a rough guess: "like 1.5m usd", "about $4.6bn",
 * "roughly 27%", "around 280k" (as typed and as the analyzer reads them: 1, 5, 280000). A sum,
 * not a bare number ("what did they say about 2023" asks of a year), and rough, not a limit
 * ("a laptop under 1k" is a budget).
 */
export function hedgedFigures(question: string): Set<string> {
  const figures = new Set<string>()
  for (const [sum] of question.matchAll(HEDGED_SUM)) for (const figure of `${sum} ${normalizeNumbers(sum)}`.match(/\d+/g) ?? []) figures.add(figure)
  return figures
}
/** A sum's scale after its figure ("1.5m", "4.6 billion"), not the start of a word. */
const SCALE = String.raw`\s?(?:m|bn|k|mn|million|billion|thousand)(?![\p{L}\d])`
/** A rough word, then a sum: a currency's sign and a figure, a figure with a decimal, or a whole figure with its scale or a percent. */
const HEDGED_SUM = new RegExp(
  String.raw`\b(?:like|about|around|roughly|approximately|approx|nearly|almost|some)\s+~?` +
    String.raw`(?:[$£€¥]\s?\d[\d,]*(?:\.\d+)?(?:${SCALE})?|\d[\d,]*\.\d+(?:${SCALE})?|\d[\d,]*(?:${SCALE}|\s?(?:%|percent|per cent)(?![\p{L}\d])))`,
  'giu',
)

/** The question's own words (not those of the sentences around it), and those of them the passage holds. */
function askedAndHeld(slots: ResolvedSlot[], terms: Set<string>): { asked: ResolvedSlot[]; held: ResolvedSlot[] } {
  const asked = slots.filter((s) => !s.context)
  return { asked, held: asked.filter((s) => slotFoundIn(s, terms)) }
}

/** Of the question's words, the passage holds only names and places, and one of the others is no word the coverage has at all. */
function sharesOnlyNames(slots: ResolvedSlot[], terms: Set<string>): boolean {
  const { asked, held } = askedAndHeld(slots, terms)
  const isPlaceOrName = (s: ResolvedSlot) => s.properName || namesCountry(s)
  return held.length > 0 && held.every(isPlaceOrName) && asked.some((s) => !s.known && !isPlaceOrName(s))
}

/** Words that say when, not what: the question's subject is elsewhere. */
const TIME_WORDS = new Set([
  'last', 'next', 'latest', 'recent', 'recently', 'now', 'ago', 'earlier', 'later',
  'today', 'tonight', 'yesterday', 'tomorrow', 'morning', 'afternoon', 'evening', 'night',
  'day', 'week', 'weekend', 'month', 'year',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
])

const isTime = (s: ResolvedSlot) => TIME_WORDS.has(foldWord(s.word))

/** Of the question's words, the passage holds only its times, and the question asks something besides when. */
function sharesOnlyTimes(slots: ResolvedSlot[], terms: Set<string>): boolean {
  const { asked, held } = askedAndHeld(slots, terms)
  return held.length > 0 && held.every(isTime) && asked.some((s) => !isTime(s))
}

/**
 * Of the question's words, the passage holds only ordinary words that are not nouns (what a
 * question is about is named by its nouns and names) and times, and every other word but a time
 * is unknown to the coverage: its subject is something the coverage never mentions ("who won
 * eurovision this year" over "…when they won it again, fifteen years later").
 */
function sharesOnlyLightWords(slots: ResolvedSlot[], terms: Set<string>): boolean {
  const { asked, held } = askedAndHeld(slots, terms)
  const isLight = (s: ResolvedSlot) => !s.name && isOrdinaryWord(foldWord(s.word)) && !isNoun(foldWord(s.word))
  const rest = asked.filter((s) => !held.includes(s) && !isTime(s))
  return held.some(isLight) && held.every((s) => isLight(s) || isTime(s)) && rest.length > 0 && rest.every((s) => !s.known)
}

/** The cosine that says nothing: about the train questions' mean with their best passage (calibration.json). */
const NEUTRAL_COSINE = 0.45

/** A logistic model's probability for these signals. */
export function probability(signals: AnswerSignals, model: LogisticModel): number {
  let z = model.bias
  model.features.forEach((name, i) => {
    z += model.weights[i]! * ((signals[name] - model.mean[i]!) / (model.scale[i]! || 1))
  })
  return 1 / (1 + Math.exp(-z))
}

/** The probability that the coverage answers the question: the model's, or 0 when a rule says it does not. */
export function answerProbability(signals: AnswerSignals, model: LogisticModel): number {
  // A question about something the coverage never names ("What did Putin say about Taiwan?",
  // "Who won the 2022 World Cup?") is not answered by passages about what it does name. Not
  // fitted: the train sets are typed in lower case, so they cannot teach it; a rule of news
  // questions, not of these sets. Lower-case unknown words are left to the model: most are typos,
  // unless they are the one whose words are asked for ("what did sunak say"): then it is a name.
  return signals.unknownProperNames > 0 || signals.speakerNeverNamed ? 0 : probability(signals, model)
}

export function decide(signals: AnswerSignals | undefined, model: CalibrationModel = CALIBRATION.decision): Confidence | undefined {
  if (!signals || answerProbability(signals, model) < model.threshold) return undefined
  // Not fitted: a passage holding none of the question's words ("best pizza recipe with
  // mozzarella" over the seeds) has nothing to quote as the closest the coverage comes. The
  // fitted decision refuses every such question of the sets (docs/quality.md item 42), but
  // gives the shares no weight, so a refit may not.
  if (signals.passageWordShare === 0) return undefined
  // Nor does a passage holding only when the question is about, none of what ("lol who won the
  // game last night" over "had burnt through more than 14,000 hectares by last night"). Of 700
  // questions (the sets and the coverages written blind) it is so for four, none answerable.
  if (signals.sharesOnlyTimes) return undefined
  // Nor one holding only a verb or an adjective of the question when the coverage has none of
  // its other words ("why does my laptop keep crashing" over "…keep the peace…"): its subject
  // is nothing the coverage mentions.
  if (signals.sharesOnlyLightWords) return undefined
  // Not fitted either: a passage that holds under a fifth of the question ("recipes for Ukraine":
  // only "Ukraine") is not its answer, however like an answer it looks otherwise. No confident
  // answer on the train sets holds under a quarter.
  if (signals.passageCoverage < MIN_CONFIDENT_COVERAGE) return 'low'
  // Nor is a passage whose article, like those of the next two, never names something the
  // question names ("what's the battery life on the gizmondo", from stories on other phones):
  // the closest the coverage comes. A rule rather than a signal of the fit: fitted, it refused
  // as many answerable questions as near-misses (docs/quality.md item 43).
  if (signals.nameMissingShare > 0) return 'low'
  // Nor a passage that only shares the question's places and names when the rest of the
  // question is about something the coverage never mentions ("whats the weather in kyiv"):
  // the seeds lack many words people use ("soldiers"), so it cannot refuse (item 44).
  if (signals.subjectUnknown) return 'low'
  return probability(signals, model.confident) >= model.confident.threshold ? 'high' : 'low'
}

/** The least weighted share of the question a passage must hold to be a confident answer. */
export const MIN_CONFIDENT_COVERAGE = 0.2

/** Passages after the first are shown only while they stay this close to the best one. */
export const MIN_RELATIVE_SCORE = 0.45

export function relevantResults<T extends { score: number }>(ranked: T[]): T[] {
  const best = ranked[0]?.score ?? 0
  // Fitted weights may score a weak passage below zero; then there is no sensible ratio to keep.
  return best > 0 ? ranked.filter((r) => r.score >= best * MIN_RELATIVE_SCORE) : ranked
}
