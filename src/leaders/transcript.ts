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
export const MIN_LABELS = 2

/** A turn of a transcript, opened by its speaker's label. */
export interface Turn {
  /** The label as a news sentence naming the speaker; none when it names a part, not a person ("REPORTER (NusaTV):"). */
  attribution?: string
}

/** The turn a sentence opens with its speaker's label; undefined when it opens with none. */
export function speakerLabel(sentence: string, stats: CaseStats): Turn | undefined {
  const m = LABEL.exec(sentence)
  if (!m) return undefined
  const [, name, title, aside] = m
  if ((name!.match(/\p{Lu}/gu) ?? []).length < 2) return undefined
  if (PARTS.has(foldText(name!).replace(/[^a-z ]/g, '').trim())) {
    // "MODERATOR (Dimas Prasetyo, BNPB spokesperson):": the aside names them when it gives a title
    // too; "REPORTER (Harian Nusantara):" names an outlet.
    return aside?.includes(',') ? { attribution: `${aside.trim()}, said.` } : {}
  }
  const named = name!.toLowerCase().replace(/(^|[\s.'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())
  return { attribution: title ? `${named}, ${asWritten(title, stats)}, said.` : `${named} said.` }
}

/** A title in capitals as prose writes it: English words in lower case, initials as they are ("head of BNPB"). */
function asWritten(title: string, stats: CaseStats): string {
  return title.replace(/\p{L}[\p{L}\p{M}'’-]*/gu, (word) => {
    const key = foldText(word)
    return isOrdinaryWord(key) || stats.isCommonWord(key) ? word.toLowerCase() : word
  })
}
