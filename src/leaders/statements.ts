// Who speaks in a sentence: the subject of a speech verb ("Nauseda has stated", "Trump told Fox
// News"), the name after it ("said Mr Blair", "according to X"), a pronoun that continues the
// last speaker ("He emphasized"), or a quotation that runs on from the sentence before.
import type { NameSpan } from './extract.ts'
import type { Token } from './tokens.ts'
import { PREPOSITIONS, SPEECH_VERBS, SUBJECT_PRONOUNS } from './words.ts'

export type Speaker = (
  | { kind: 'name'; name: number } // index into the sentence's names
  | { kind: 'pronoun' }
  | { kind: 'continuation' }
) & {
  /** From an -ing clause ("..., with Lavrov stating that"): used only when no other speaker is a person. */
  secondary?: boolean
}

/** How far back from the verb the subject may be: "António Costa, president of the European Council, said" is 9. */
const SUBJECT_WINDOW = 16

/** The speakers of one sentence, in order; `startsQuoted` = a quotation was open when it began. */
export function findSpeakers(tokens: Token[], names: NameSpan[], startsQuoted: boolean): Speaker[] {
  const speakers: Speaker[] = []
  const endingAt = new Map(names.map((n, i) => [n.last, i]))
  // Inside "Costa, president of the European Council, said" the subject is Costa, not the Council.
  for (const [i, n] of names.entries()) {
    if (n.roleEnd === undefined) continue
    for (let x = n.last + 1; x <= n.roleEnd + 1; x++) endingAt.set(x, i)
  }
  const startingAt = new Map(names.map((n, i) => [n.roleStart, i]))
  const add = (s: Speaker) => {
    const same = (x: Speaker) => x.kind === s.kind && (s.kind !== 'name' || (x.kind === 'name' && x.name === s.name))
    if (!speakers.some(same)) speakers.push(s)
  }

  for (let v = 0; v < tokens.length; v++) {
    const verb = tokens[v]!
    if (verb.kind !== 'word' || verb.quoted) continue
    if (verb.key === 'according' && tokens[v + 1]?.key === 'to') {
      const right = nameStartingNear(startingAt, tokens, v + 2)
      if (right !== undefined) add({ kind: 'name', name: right })
      continue
    }
    if (!SPEECH_VERBS.has(verb.key)) continue
    // "..., stating that": an -ing clause belongs to the sentence's subject when it has one.
    const participle = verb.key.endsWith('ing')
    const left = subjectBefore(tokens, names, endingAt, v, participle)
    if (left) {
      add(participle ? { ...left, secondary: true } : left)
      continue
    }
    // "said Mr Blair", "as stated by X", "said he".
    let r = v + 1
    if (tokens[r]?.key === 'by') r++
    const right = nameStartingNear(startingAt, tokens, r)
    if (right !== undefined && !names[right]!.quoted) add({ kind: 'name', name: right })
    else if (SUBJECT_PRONOUNS.has(tokens[r]?.key ?? '') && !tokens[r]!.quoted) add({ kind: 'pronoun' })
  }

  // A sentence inside a quotation that another sentence opened, or that opens one with no speaker of its own.
  const firstTok = tokens[0]
  if (speakers.length === 0 && (startsQuoted || (firstTok?.kind === 'quote' && firstTok.text !== '”'))) add({ kind: 'continuation' })
  return speakers
}

function subjectBefore(tokens: Token[], names: NameSpan[], endingAt: Map<number, number>, v: number, participle: boolean): Speaker | undefined {
  for (let l = v - 1; l >= 0 && v - l <= SUBJECT_WINDOW; l--) {
    const t = tokens[l]!
    if (t.quoted) continue
    if (t.text === ';' || t.text === ':') return undefined
    if (t.kind === 'word' && SPEECH_VERBS.has(t.key)) return undefined
    if (t.kind === 'word' && SUBJECT_PRONOUNS.has(t.key) && v - l <= 4) return { kind: 'pronoun' }
    const at = endingAt.get(l)
    if (at === undefined) continue
    const name = names[at]!
    if (l !== name.last && name.quoted) continue
    // "Trump's spokesman said": the speaker is not the possessor. "talks with Putin, X said": not the object.
    if (name.possessive) return undefined
    const before = tokens[name.roleStart - 1]
    if (!participle && before?.kind === 'word' && PREPOSITIONS.has(before.key)) return undefined
    return { kind: 'name', name: at }
  }
  return undefined
}

/** A name whose title (or the name itself) starts at `r`, or one "the" later. */
function nameStartingNear(startingAt: Map<number, number>, tokens: Token[], r: number): number | undefined {
  return startingAt.get(r) ?? (tokens[r]?.key === 'the' ? startingAt.get(r + 1) : undefined)
}
