/** What each actor's reaction did, in English, for its "Why?" card and the week's report. */
import type { OutcomeEntries } from '../catalogue-types';

export const outcomes: OutcomeEntries = {
  'no-foothold': () => 'It looked for a target but had no foothold where it wanted to strike.',
  attacked: (w, t) => {
    const where = `${t.district(w.district)} (its presence ${t.number(w.presence)}, ${w.defence === 'police' ? 'police capacity' : 'security'} ${t.number(w.defenceLevel)})`;
    return w.foiled
      ? `It attacked in ${where}; the attack was foiled.`
      : `It attacked in ${where}: ${t.number(w.deaths)} killed.`;
  },
  recruited: (w, t) => `It recruited: strength ${t.number(w.before)} → ${t.number(w.after)}.`,
  regrouped: (w, t) =>
    `It pulled fighters back to ${t.province(w.province)} to regroup: morale ${t.number(w.morale)}.`,
  'no-sanctuary-near-border': () => 'It had no sanctuary near the border to send fighters from.',
  'kept-from-the-line': () =>
    'It tried to send fighters across, but Kabul kept them from the line.',
  infiltrated: (w, t) =>
    `It moved fighters into ${t.district(w.district)} (security there ${t.number(w.security)}): presence +${t.number(w.gain)}.`,
  'lay-low': (w, t) => `It kept its head down and rebuilt its cells in ${t.district(w.district)}.`,
  'fired-on-posts': (w, t) =>
    `It ordered fire on border posts in ${t.district(w.district)}: ${t.count(w.soldiers, { one: 'Pakistani soldier', other: 'Pakistani soldiers' })} killed.`,
  'launched-offensive': (w, t) =>
    `It launched an offensive on border posts near ${t.district(w.district)}: ${t.number(w.deaths)} killed.`,
  'declared-open-war': () => 'It declared open war.',
  'restrained-ttp': (w, t) =>
    `It quietly moved TTP fighters away from the border in ${w.provinces.map((p) => t.province(p)).join(' and ')}.`,
  'rejected-accusation': () => 'It rejected the accusation and warned Pakistan.',
  'goodwill-gesture': () => 'It made a goodwill gesture.',
  'denied-harbouring': () =>
    'It denied harbouring any group against Pakistan (as Kabul always does).',
  'offered-mediation': (w, t) =>
    `It offered to mediate (the offer stands until week ${t.number(w.until)}).`,
  'offered-funding': (w, t) => `It offered financial support (until week ${t.number(w.until)}).`,
  'urged-restraint': () => 'It called on both sides to show restraint.',
  'pressed-for-monitoring': (w, t) =>
    `It pressed Kabul to accept monitoring: restraint now ${t.number(w.restraint)}.`,
  'took-transit-trade': () => 'It cut fees to win Afghan transit trade.',
  deported: (w, t) => `It deported about ${t.number(Math.round(w.people / 1000) * 1000)} Afghans.`,
  'reported-harm': (w, t) => `It reported ${t.count(w.civilians, { one: 'Afghan civilian death', other: 'Afghan civilian deaths' })}.`,
  'criticised-returns': () => 'It criticised forced returns.',
  sanctioned: (w, t) => `It sanctioned ${t.group(w.group)} leaders.`,
  'acknowledged-self-defence': () => "It acknowledged Pakistan's right to defend itself.",
  'released-cpec-funds': () => 'It released CPEC funds.',
  watched: () => 'It watched and waited.',
  'did-nothing': () => 'It did nothing.',
};
