// English function words: they carry no topic, so they neither retrieve nor rank a passage.
// Includes question words and auxiliaries, since questions are our queries, and the honorifics
// British papers put before every surname ("Mr Blair"; American copy writes "Blair"): a question's
// "What did Mr Trump say?" is about Trump, and "MS" in capitals is still a term.
export const STOP_WORDS = new Set(
  `a about above after again against all almost also am among an and any are aren't around as at be
  because been before being below between both but by can can't cannot could couldn't did didn't do does
  doesn't doing don't down during each either else ever every few for from  get gets getting
  got had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself him
  himself his how how's however i i'd i'll i'm i've if in into is isn't it it's its itself just least
  let's like many may me might more most much must mustn't my myself neither no nor not now of off
  often on once one only or other others ought our ours ourselves out over per perhaps quite
  rather really same shall shan't she she'd she'll she's should shouldn't since so some such than
  that that's the their theirs them themselves then there there's these they they'd they'll they're
  they've this those though through thus to too under until up upon us very via was wasn't we we'd
  we'll we're we've were weren't what what's whatever when when's where where's whether which while
  who who's whom whose why why's will with within without won't would wouldn't yet you you'd you'll
  you're you've your yours yourself yourselves tell told know anything something thing things
  say says said mr mrs ms dr
  how'd what'd where'd who'd why'd when'd it'd that'd there'd could've should've would've might've must've
  ain't y'all what're where're who're how're
  gonna wanna gotta kinda sorta dunno lemme gimme tryna outta lotta`.split(/\s+/),
)
