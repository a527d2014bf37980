// Who speaks in a sentence: the subject of a speech verb ("Nauseda has stated", "Trump told Fox
// News"), the name after it ("said Mr Blair", "said the museum's director, Dr X", "according to
// X"), whoever is quoted calling a thing ("called the plan "a demolition"") or opens a quotation
// with a colon, a pronoun that continues the last speaker ("He emphasized"), or a quotation that
// runs on from the sentence before.
import type { NameSpan } from './extract.ts'
import type { Token } from './tokens.ts'
import { AUXILIARIES, isTitleHead, NAMING_VERBS, PREPOSITIONS, PRONOUN_SEX, type Sex, SPEECH_VERBS, SUBJECT_PRONOUNS } from './words.ts'

export type Speaker = (
  | { kind: 'name'; name: number } // index into the sentence's names
  | { kind: 'pronoun'; sex: Sex }
  // "The Chair has stated that…", '"…," said the mayor.': whoever the article has given that title.
  | { kind: 'title'; head: string }
  | { kind: 'continuation' }
) & {
  /** From an -ing clause ("..., with Lavrov stating that"): used only when no other speaker is a person. */
  secondary?: boolean
}

/** The speakers of one sentence, in order; `startsQuoted` = a quotation was open when it began. */
export function findSpeakers(tokens: Token[], names: NameSpan[], startsQuoted: boolean): Speaker[] {
  const speakers: Speaker[] = []
  const endingAt = new Map(names.map((n, i) => [n.last, i]))
  // Inside "Costa, president of the European Council, said" the subject is Costa, not the Council;
  // so is Tsuma in "Juma Tsuma, known at the port as "Bwana Bandari", said", and Retno in "Retno
  // of the PVMBG said".
  for (const [i, n] of names.entries()) {
    const end = n.roleEnd ?? n.nicknameEnd ?? n.affiliationEnd
    if (end === undefined) continue
    for (let x = n.last + 1; x <= end + 1; x++) endingAt.set(x, i)
  }
  const startingAt = new Map(names.map((n, i) => [n.roleStart, i]))
  const add = (s: Speaker) => {
    const same = (x: Speaker) =>
      x.kind === s.kind && (s.kind === 'name' ? x.kind === 'name' && x.name === s.name : s.kind !== 'pronoun' || (x.kind === 'pronoun' && x.sex === s.sex))
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
    if (!SPEECH_VERBS.has(verb.key) && !(NAMING_VERBS.has(verb.key) && quotationFollows(tokens, v))) continue
    // "Mr Gates is said to be trying…", "Brando was believed to…": reported of them, not by them.
    if (passive(tokens, v)) continue
    // "..., stating that": an -ing clause belongs to the sentence's subject when it has one.
    const participle = verb.key.endsWith('ing')
    if (participle) {
      const subject = participleSubject(tokens, names, endingAt, v)
      if (subject) add({ ...subject, secondary: true })
      continue
    }
    const left = subjectBefore(tokens, names, endingAt, v, false)
    if (left) {
      add(left)
      continue
    }
    // '"...," said Mr Blair', "as stated by X", '..., said he'. Not "the IFS said Mr Brown would":
    // the name after the verb is its speaker only right after a quote or comma, or after "by".
    let r = v + 1
    if (tokens[r]?.key === 'by') {
      // "as stated by X", "was told by X"; not "the themes to be stressed by Mr Blair" (not said yet).
      if (!['as', 'was', 'were', 'been', 'is', 'are'].includes(tokens[v - 1]?.key ?? '')) continue
      r++
    } else if (tokens[v - 1]?.text !== ',' && tokens[v - 1]?.kind !== 'quote') continue
    const right = nameStartingNear(startingAt, tokens, r) ?? nameAfterItsTitle(startingAt, names, tokens, r)
    if (right !== undefined && !names[right]!.quoted) add({ kind: 'name', name: right })
    else if (SUBJECT_PRONOUNS.has(tokens[r]?.key ?? '') && !tokens[r]!.quoted) add(pronoun(tokens[r]!))
    else if (titleNamedBy(tokens, r + 1) && !/^[\p{L}\p{N}]/u.test(tokens[r + 2]?.text ?? '')) add({ kind: 'title', head: tokens[r + 1]!.key })
  }

  // 'Castagnède has posted a statement on Instagram: "I have never raced…"': a quotation the
  // sentence's subject introduces with a colon.
  const colon = tokens.findIndex((t, x) => t.text === ':' && !t.quoted && tokens[x + 1]?.kind === 'quote')
  if (speakers.length === 0 && colon > 0) {
    const subject = names.findIndex((n) => n.last < colon && !n.object && !n.possessive && !n.quoted)
    if (subject >= 0) add({ kind: 'name', name: subject })
  }

  // A sentence inside a quotation that another sentence opened, or that opens one with no speaker of its own.
  const firstTok = tokens[0]
  if (speakers.length === 0 && (startsQuoted || (firstTok?.kind === 'quote' && firstTok.text !== '”'))) add({ kind: 'continuation' })
  return speakers
}

/**
 * The subject right before a speech verb: only auxiliaries and adverbs ("has also", "later"),
 * a quotation, or one parenthetical between commas may stand between them. So "the track
 * predicted in last year's Budget" never reaches back to a name earlier in the sentence.
 */
function subjectBefore(tokens: Token[], names: NameSpan[], endingAt: Map<number, number>, v: number, participle: boolean): Speaker | undefined {
  let parenthetical = false
  for (let l = v - 1; l >= 0; l--) {
    const t = tokens[l]!
    const at = endingAt.get(l)
    if (at !== undefined && !(l === names[at]!.last && names[at]!.quoted)) {
      const name = names[at]!
      // "Trump's spokesman said": the speaker is not the possessor. "talks with Putin, X said": not the object.
      if (name.possessive) return undefined
      if (!participle && name.object) return undefined
      return { kind: 'name', name: at }
    }
    if (t.quoted) continue
    // "coached by Marjorie Kettering, who said": the one "who" follows speaks, object or not.
    if (t.key === 'who' && tokens[l - 1]?.text === ',') {
      const at = endingAt.get(l - 2)
      return at !== undefined && !names[at]!.possessive && !names[at]!.quoted ? { kind: 'name', name: at } : undefined
    }
    if (t.kind === 'word' && SUBJECT_PRONOUNS.has(t.key)) return pronoun(t)
    if (!parenthetical && titleNamedBy(tokens, l)) return { kind: 'title', head: t.key }
    if (t.kind === 'word' && (AUXILIARIES.has(t.key) || t.key.endsWith('ly'))) continue
    if (t.text === ',' && !parenthetical) {
      // "Martin Hellewell, who had also visited Evans' shop, said": a clause about the name
      // before it, whoever it names.
      const who = relativeClauseOpening(tokens, l)
      if (who !== undefined) {
        parenthetical = true
        l = who
        continue
      }
      // "Rakhimova, speaking quietly … with her coach Bakhodir Yuldashev beside her, said": a
      // clause opening with an -ing word or a preposition is about the subject, whoever it names.
      const clause = clauseOpening(tokens, l)
      if (clause !== undefined && endingAt.get(l - 1) === undefined) {
        parenthetical = true
        l = clause
        continue
      }
      // ", on the other hand, has warned": jump over one parenthetical to its opening comma.
      let open = l - 1
      while (open >= 0 && l - open <= 8 && tokens[open]!.text !== ',' && endingAt.get(open) === undefined) open--
      if (open < 0 || l - open > 8) return undefined
      parenthetical = true
      l = tokens[open]!.text === ',' ? open : open + 1
      continue
    }
    return undefined
  }
  return undefined
}

/**
 * Token `x` is a title's head after "the", naming someone by office alone: "The Chair has
 * stated", "said the mayor". Not a possessive ("the minister's office"), nor the object of a
 * preposition ("a spokesman for the mayor called…").
 */
function titleNamedBy(tokens: Token[], x: number): boolean {
  const t = tokens[x]
  return t?.kind === 'word' && !t.quoted && !t.possessive && isTitleHead(t.key) && tokens[x - 1]?.key === 'the' && !PREPOSITIONS.has(tokens[x - 2]?.key ?? '')
}

/** How far back a clause between commas may open (clauseOpening). */
const MAX_CLAUSE_TOKENS = 24

/** The comma opening the clause that the comma at `close` ends, when that clause opens with an -ing word or a preposition in lower case. */
function clauseOpening(tokens: Token[], close: number): number | undefined {
  let open = close - 1
  while (open >= 0 && close - open <= MAX_CLAUSE_TOKENS && tokens[open]!.text !== ',' && !tokens[open]!.quoted) open--
  const first = tokens[open + 1]
  if (open < 0 || tokens[open]!.text !== ',' || first?.kind !== 'word' || !/^\p{Ll}/u.test(first.text)) return undefined
  return first.key.endsWith('ing') || PREPOSITIONS.has(first.key) ? open : undefined
}

/**
 * Who an -ing clause belongs to: the name right before it ("with Lavrov stating that"), else
 * the sentence's subject ("Mr Balls rejected the claim that Mr Brown ..., saying" is Mr Balls).
 */
function participleSubject(tokens: Token[], names: NameSpan[], endingAt: Map<number, number>, v: number): Speaker | undefined {
  const adjacent = endingAt.get(v - 1)
  if (adjacent !== undefined && !names[adjacent]!.possessive && !names[adjacent]!.quoted) return { kind: 'name', name: adjacent }
  // Otherwise only ", saying ..." hangs on the sentence's subject; "a comment suggesting" does not.
  if (tokens[v - 1]?.text !== ',') return undefined
  const firstWord = tokens.find((t) => t.kind === 'word')
  if (firstWord && SUBJECT_PRONOUNS.has(firstWord.key)) return pronoun(firstWord)
  const subject = names.findIndex((n) => n.last < v && !n.object && !n.possessive && !n.quoted)
  return subject >= 0 ? { kind: 'name', name: subject } : undefined
}

/** The comma opening ", who …," that closes at token `close`, if the clause is at most twelve tokens. */
function relativeClauseOpening(tokens: Token[], close: number): number | undefined {
  for (let open = close - 2; open >= 0 && close - open <= 12; open--) {
    if (tokens[open]!.text !== ',') continue
    return tokens[open + 1]?.key === 'who' ? open : undefined
  }
  return undefined
}

const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being'])

/** A speech verb in the passive without its speaker ("is said to", "was widely believed"); "was told by X" names one. */
function passive(tokens: Token[], v: number): boolean {
  if (tokens[v]!.key.endsWith('ing') || tokens[v + 1]?.key === 'by') return false
  let l = v - 1
  while (l >= 0 && tokens[l]!.kind === 'word' && tokens[l]!.key.endsWith('ly')) l--
  return l >= 0 && BE_FORMS.has(tokens[l]!.key)
}

/** An opening quotation mark within the verb's next five tokens, before any other punctuation. */
function quotationFollows(tokens: Token[], v: number): boolean {
  for (let x = v + 1; x <= v + 5 && x < tokens.length; x++) {
    if (tokens[x]!.kind === 'quote') return true
    if (tokens[x]!.kind === 'punct') return false
  }
  return false
}

const pronoun = (token: Token): Speaker => ({ kind: 'pronoun', sex: PRONOUN_SEX[token.key]! })

/**
 * '"…," said the museum's director, Dr. Friederike Löwenthal': a name after its title and a comma,
 * the title plain words from `r` on. The name must have been given that title.
 */
function nameAfterItsTitle(startingAt: Map<number, number>, names: NameSpan[], tokens: Token[], r: number): number | undefined {
  for (let x = r; x < r + 8 && x < tokens.length; x++) {
    const t = tokens[x]!
    if (t.text === ',') {
      const at = startingAt.get(x + 1)
      return at !== undefined && names[at]!.role !== undefined ? at : undefined
    }
    if (t.kind !== 'word' || t.quoted) return undefined
  }
  return undefined
}

/** A name whose title (or the name itself) starts at `r`, or one "the" later. */
function nameStartingNear(startingAt: Map<number, number>, tokens: Token[], r: number): number | undefined {
  return startingAt.get(r) ?? (tokens[r]?.key === 'the' ? startingAt.get(r + 1) : undefined)
}
