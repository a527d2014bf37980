import { describe, expect, it } from 'vitest'
import { baseForms, irregularFormsOfBase, irregularVerbForms, phrasalVerbAt, relatedWords, namesPeopleInLowerCase, type Related } from '../src/search/synonyms.ts'

const words = (related: Related[]) => related.map((r) => r.word)

describe('baseForms (morphy)', () => {
  it.each([
    ['armies', ['army']], // noun rule ies → y
    ['presidents', ['president']], // noun rule s → ''
    ['children', ['child']], // noun.exc
    ['kept', ['kept', 'keep']], // verb.exc; "kept" is also an adjective of its own
    ['won', ['won', 'win']], // verb.exc; the won is Korea's currency
    ['met', ['meet']], // verb.exc
    ['recommended', ['recommend']], // verb rule ed → ''
    ['stronger', ['strong']], // adjective rule er → ''
    ['army', ['army']],
    ['qzxv', []],
  ])('%s → %j', (word, forms) => expect(baseForms(word)).toEqual(forms))
})

describe('irregularVerbForms', () => {
  it.each([
    ['makes', ['make', 'made']],
    ['buys', ['buy', 'bought']],
    ['flew', ['fly', 'flown']],
    // A noun or adjective of its own is left alone ("real's ground" is no grinding), and so are
    // the verbs whose forms are everywhere ("went", "got").
    ['ground', []],
    ['won', []],
    ['going', []],
    ['announces', []], // regular: the stemmer's
  ])('%s → %j', (word, forms) => expect(irregularVerbForms(word)).toEqual(forms))
})

describe('phrasalVerbAt', () => {
  it.each([
    [['step', 'in', 'or'], 'step_in'],
    [['stepping', 'in'], 'step_in'],
    [['get', 'wind', 'of'], 'get_wind'],
    [['called', 'off', 'the'], 'call_off'],
    [['took', 'the', 'stand'], 'take_the_stand'],
    // "get laid off" is "lay off", which starts at "laid".
    [['laid', 'off'], 'lay_off'],
    [['get', 'laid', 'off'], undefined],
    // A verb and its preposition, an auxiliary's, and a particle before its noun are no such verb.
    [['going', 'to', 'be'], undefined],
    [['pay', 'for', 'the'], undefined],
    [['do', 'it'], undefined],
    [['putting', 'on', 'the', 'trains'], undefined],
    [['step', 'in', 'the', 'river'], undefined],
    [['the', 'government'], undefined],
  ])('%j → %s', (words, lemma) => expect(phrasalVerbAt(words)).toBe(lemma))

  it("means what WordNet's synonyms of it mean: step in is intervene, get wind is hear", () => {
    expect(words(relatedWords('step_in'))).toContain('intervene')
    expect(words(relatedWords('get_wind'))).toContain('hear')
  })
})

describe('irregularFormsOfBase', () => {
  it.each([
    ['hear', ['heard']],
    ['see', ['saw', 'seen']],
    // Regular verbs have none; a doubled consonant is the stemmer's.
    ['intervene', []],
    ['plan', []],
  ])('%s → %j', (base, forms) => expect(irregularFormsOfBase(base).sort()).toEqual(forms))
})

describe('namesPeopleInLowerCase', () => {
  it.each(['peacekeepers', 'rebels', 'cops', 'peacekeeper'])('"%s" is a word for people', (word) => {
    expect(namesPeopleInLowerCase(word)).toBe(true)
  })
  // Common words, but not for people; names; unknown to WordNet.
  it.each(['tusk', 'xi', 'sunk', 'reckon', 'tokyo', 'tarantino', 'blair', 'sunak', 'bitcoin'])('"%s" is not', (word) => {
    expect(namesPeopleInLowerCase(word)).toBe(false)
  })
})

describe('relatedWords on WordNet 3.1', () => {
  it('keep: the synonyms of its three most frequent verb senses, then a derived form', () => {
    expect(relatedWords('keep')).toEqual([
      { word: 'maintain', relation: 'synonym' },
      { word: 'hold', relation: 'synonym' },
      { word: 'continue', relation: 'synonym' },
      { word: 'go on', relation: 'synonym' },
      { word: 'proceed', relation: 'synonym' },
      { word: 'go along', relation: 'synonym' },
      { word: 'hold on', relation: 'synonym' },
      { word: 'keeping', relation: 'derived' },
    ])
  })

  it('kept reaches keep through the exception list', () => {
    expect(words(relatedWords('kept'))).toContain('maintain')
  })

  it('army: its hypernym is "military service"; "military" and "armed forces" are its topic', () => {
    const army = [
      { word: 'regular army', relation: 'synonym' },
      { word: 'ground forces', relation: 'synonym' },
      { word: 'military service', relation: 'hypernym' },
      { word: 'armed service', relation: 'hypernym' },
      { word: 'military', relation: 'domain' },
      { word: 'armed forces', relation: 'domain' },
    ]
    expect(relatedWords('army')).toEqual(army)
    expect(relatedWords('armies')).toEqual(army)
  })

  it('strong: strength (its attribute), then its heads as "intense" and "powerful"', () => {
    expect(relatedWords('strong')).toEqual([
      { word: 'strength', relation: 'derived' },
      { word: 'intense', relation: 'similar' },
      { word: 'potent', relation: 'synonym' },
      { word: 'powerful', relation: 'similar' },
    ])
  })

  it("presidents: president's derived forms and synonyms; no role hypernym (corporate executive)", () => {
    expect(relatedWords('presidents')).toEqual([
      { word: 'presidential', relation: 'derived' },
      { word: 'presidentship', relation: 'derived' },
      { word: 'presidency', relation: 'derived' },
      { word: 'preside', relation: 'derived' },
      { word: 'president of the united states', relation: 'synonym' },
      { word: 'united states president', relation: 'synonym' },
      { word: 'chief executive', relation: 'synonym' },
    ])
  })

  it('maintain → maintenance, derived from the lemma itself', () => {
    expect(relatedWords('maintain')).toContainEqual({ word: 'maintenance', relation: 'derived' })
  })

  it('derived forms come from the asked lemma only, not from its synonyms in the synset', () => {
    // keep's first synset is "keep, maintain, hold": "maintainer" derives from maintain, not keep.
    expect(words(relatedWords('keep'))).not.toContain('maintainer')
  })

  it.each([
    ['contact', ['reach', 'get through', 'get hold of', 'physical contact', 'interaction']],
    ['old', ['age', 'oldness', 'familiar']],
    ['recommend', ['urge', 'advocate', 'recommendation', 'commend']],
    ['win', ['winner', 'winnings', 'acquire', 'gain', 'winning', 'advance', 'pull ahead', 'make headway', 'get ahead', 'gain ground']],
  ])('%s → %j', (word, related) => expect(words(relatedWords(word))).toEqual(related))

  it('multi-word lemmas come and go with spaces', () => {
    expect(words(relatedWords('armed forces'))).toEqual(['military', 'armed services', 'military machine', 'war machine', 'force', 'personnel'])
  })

  it.each(['qzxv', '', 'Army', '42', 'keep%'])('%j → []', (word) => expect(relatedWords(word)).toEqual([]))

  it.each([
    ['get', ['acquire']], // 37 senses
    ['make', ['do']], // 51
    ['take', []], // 44; its first synset is "take" alone
    ['run', []], // 57
    ['call', ['name', 'know as', 'be known as']], // 41
  ])('very polysemous %s: first sense only, synonyms only → %j', (word, related) => {
    expect(words(relatedWords(word))).toEqual(related)
  })

  it('never more than 12 words, never the word itself', () => {
    for (const word of ['keep', 'army', 'engagement', 'talks', 'meeting', 'further', 'force', 'presidents']) {
      const related = words(relatedWords(word))
      expect(related.length).toBeLessThanOrEqual(12)
      expect(related).not.toContain(word)
      expect(new Set(related).size).toBe(related.length)
    }
  })

  it('a returned list is the caller’s to change', () => {
    relatedWords('army').pop()
    expect(relatedWords('army')).toHaveLength(6)
  })
})
