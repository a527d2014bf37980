// Transcripts name who speaks in capitals at the head of each turn ("LT. GEN. HARYO WICAKSONO,
// HEAD OF BNPB: Thank you.", "CHELIMO: Mzee Birgen told me…", "MODERATOR (Dimas Prasetyo, BNPB
// spokesperson): Good evening"), not in the sentence as news prose does. A label is read as the
// sentence a paper would write about it ("Lt. Gen. Haryo Wicaksono, head of BNPB, said."), so the
// extractor finds the name and title as it always does, and the turn is theirs to its paragraph's end.
import { foldText } from '../search/fold.ts'
import { isOrdinaryWord } from '../search/lexicon.ts'
import type { CaseStats } from './tokens.ts'

/**
 * A speaker's label: the name in capitals (dots for initials and ranks, apostrophes, hyphens),
 * then its title after a comma, also in capitals, then an aside in brackets, then a colon.
 */
const LABEL = /^\s*([\p{Lu}][\p{Lu}\p{M}.'’ -]*[\p{Lu}\p{M}.])(?:,\s*([\p{Lu}][\p{Lu}\p{M}\p{N} .,'’&/-]*[\p{Lu}\p{M}\p{N}.]))?(?:\s*\(([^()]{1,80})\))?:\s+\S/u

/** Labels that say what someone does in the transcript, not who they are: their name, if any, is in the aside. */
const PARTS = new Set(['moderator', 'reporter', 'presenter', 'interviewer', 'host', 'anchor', 'question', 'answer', 'caller', 'narrator', 'chair', 'chairman', 'chairwoman', 'speaker', 'journalist', 'correspondent', 'voice', 'voiceover', 'q', 'a'])

/** A transcript has turns: one capitalised label is a heading ("UPDATE:", "KEY FIGURES:"), not a speaker. */
const MIN_LABELS = 2

/** Words of someone speaking for themselves, to whoever listens. */
const FIRST_OR_SECOND_PERSON = /\b(?:I|I'm|I've|I'd|I'll|[Ww]e|[Ww]e're|[Ww]e've|[Oo]ur|[Uu]s|[Mm]y|[Mm]e|[Yy]ou|[Yy]our|[Yy]ou're)\b/

/** A turn of a transcript, opened by its speaker's label. */
export interface Turn {
  /** The label as a news sentence naming the speaker; none when it names a part, not a person ("REPORTER (NusaTV):"). */
  attribution?: string
  /** The label's last word, folded: "SUBRAMANIAM THIYAGARAJAH:" and "THIYAGARAJAH:" are one speaker's turns. */
  surname?: string
}

/** Who speaks a turn, whatever its label gives of the name: its surname, else the whole attribution. */
const speakerOf = (turn: Turn) => turn.surname ?? turn.attribution!

/** The sentences of a coverage as findTurns reads and marks them, in article order. */
interface TurnRecord {
  article: number
  /** -1 for a headline outside the body. */
  passageId: number
  text: string
  opensParagraph: boolean
  turn?: Turn
  inTurn?: boolean
}

/**
 * The turns of transcripts: paragraphs opened by a speaker's label, in articles with two or more
 * (one is a heading: "UPDATE:"). A turn runs to its paragraph's end. Whoever only asks questions
 * is the interviewer, often the outlet itself ("STRIDE MONTHLY: When did you first hear…?"): no
 * one whose words are statements.
 */
export function* findTurns(sentences: TurnRecord[], stats: CaseStats): Generator<void> {
  let from = 0
  while (from < sentences.length) {
    let to = from
    while (to < sentences.length && sentences[to]!.article === sentences[from]!.article) to++
    // Read only once a label is met: most articles have none, and "(UN)" or "(BBC)" in them is no speaker's initials.
    let initials: Map<string, Initialled | null> | undefined
    const initialsOf = () => (initials ??= initialsDefined(sentences.slice(from, to).map((s) => s.text)))
    const opened = sentences.slice(from, to).map((s) => (s.opensParagraph && s.passageId >= 0 ? speakerLabel(s.text, stats, initialsOf) : undefined))
    if (opened.filter(Boolean).length >= MIN_LABELS) {
      const asksOnly = new Map<string, boolean>()
      const speaksAsSelf = new Set<string>()
      let open: Turn | undefined
      for (let i = from; i < to; i++) {
        const s = sentences[i]!
        if (s.opensParagraph) open = opened[i - from]
        if (opened[i - from]) s.turn = open
        else if (open && !s.opensParagraph) s.inTurn = true
        if (!open?.attribution) continue
        if (FIRST_OR_SECOND_PERSON.test(s.text)) speaksAsSelf.add(speakerOf(open))
        // The turn's last sentence: a question or not.
        const last = i + 1 === to || sentences[i + 1]!.opensParagraph
        if (last) asksOnly.set(open.attribution, (asksOnly.get(open.attribution) ?? true) && /\?["”’']?$/.test(s.text.trim()))
      }
      // A label whose paragraphs never say "I", "we" or "you" is no one's either: a dateline ("LAHORE: The board…").
      // A speaker's turns count together, under any label: "SUBRAMANIAM THIYAGARAJAH: All 1,140
      // workers…" is the man who says "I will not sign" under "THIYAGARAJAH:".
      for (const turn of opened) if (turn?.attribution && (asksOnly.get(turn.attribution) || !speaksAsSelf.has(speakerOf(turn)))) delete turn.attribution
    }
    from = to
    yield
  }
}

/** The turn a sentence opens with its speaker's label; undefined when it opens with none. */
function speakerLabel(sentence: string, stats: CaseStats, initialsOf: () => Map<string, Initialled | null>): Turn | undefined {
  const m = LABEL.exec(sentence)
  if (!m) return undefined
  const [, name, title, aside] = m
  if ((name!.match(/\p{Lu}/gu) ?? []).length < 2) return undefined
  // "CS: Good morning": the initials the transcript's header gave ("Guest: Hon. Chibwe Sakala, Minister of Energy (CS)").
  const initialled = initialsOf().get(name!)
  if (initialled !== undefined) return initialled ? { attribution: `${initialled.name} said.` } : {}
  if (PARTS.has(foldText(name!).replace(/[^a-z ]/g, '').trim())) {
    // "MODERATOR (Dimas Prasetyo, BNPB spokesperson):": the aside names them when it gives a title
    // too; "REPORTER (Harian Nusantara):" names an outlet.
    return aside?.includes(',') ? { attribution: `${aside.trim()}, said.` } : {}
  }
  const named = name!.toLowerCase().replace(/(^|[\s.'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())
  const surname = foldText(name!).trim().split(/\s+/).at(-1)
  return { attribution: title ? `${named}, ${asWritten(title, stats)}, said.` : `${named} said.`, ...(surname ? { surname } : {}) }
}

/** Whom a transcript's initials stand for: the name, and the header's words on them from the name on ("Chibwe Sakala, Minister of Energy (CS)"). */
export interface Initialled {
  name: string
  described: string
}

/**
 * The initials a transcript's header gives its speakers ("Guest: Dr. Kari Haugland (KH), senior
 * researcher", "Guests: Fiona Ogilvie MSP (FO), …", "Hon. Chibwe Sakala, Minister of Energy
 * (CS)"), each to the name before it whose words' first letters they are; the interviewer's
 * ("Host: Jonas Bakketun (JB)") to no one (null).
 */
export function initialsDefined(texts: string[]): Map<string, Initialled | null> {
  const defined = new Map<string, Initialled | null>()
  for (const text of texts) {
    // "Host: Jonas Bakketun (JB)": whoever asks the questions says nothing the coverage reports.
    const asks = INTERVIEWER_LINE.test(text)
    for (const m of text.matchAll(INITIALS_GIVEN)) {
      const initials = m[1]!
      if (asks) {
        defined.set(initials, null)
        continue
      }
      const words = [...text.slice(0, m.index).matchAll(NAME_WORD)]
      // The last run of capitalised words, right before, whose first letters spell the initials.
      for (let end = words.length; end >= initials.length && !defined.has(initials); end--) {
        const run = words.slice(end - initials.length, end)
        const contiguous = run.every((w, i) => i === 0 || w.index === run[i - 1]!.index + run[i - 1]![0].length + 1)
        if (!contiguous || run.map((w) => w[0][0]).join('') !== initials) continue
        // Up to the next guest's: "Guests: Fiona Ogilvie MSP (FO), Member of…; Callum Stewart (CS), …".
        const next = text.indexOf(';', m.index)
        defined.set(initials, { name: run.map((w) => w[0]).join(' '), described: text.slice(run[0]!.index, next < 0 ? undefined : next) })
      }
    }
  }
  return defined
}
/** A header line introducing the interviewer: "Host: …", "Presenter: …", "Interviewer: …". */
const INTERVIEWER_LINE = /^\s*(?:host|presenter|interviewer|moderator|anchor)s?\s*:/i
/** "(KH)": two to four capitals in brackets. */
const INITIALS_GIVEN = /\((\p{Lu}{2,4})\)/gu
/** A capitalised word of a name ("Haugland", "O'Neill", "Ji-yeon"). */
const NAME_WORD = /\p{Lu}[\p{L}\p{M}'’-]+/gu

/** A title in capitals as prose writes it: English words in lower case, initials as they are ("head of BNPB"). */
function asWritten(title: string, stats: CaseStats): string {
  return title.replace(/\p{L}[\p{L}\p{M}'’-]*/gu, (word) => {
    const key = foldText(word)
    return isOrdinaryWord(key) || stats.isCommonWord(key) ? word.toLowerCase() : word
  })
}
