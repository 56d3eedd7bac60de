/** The briefing's intelligence in English: forecasts worded from the doctrine rule they point to. */
import type { IntelEntries } from '../catalogue-types';

const MODAL = { will: 'will', likely: 'is likely to', may: 'may' } as const;

export const intelligence: IntelEntries = {
  group: (w, t) => {
    const short = t.group(w.group);
    const verb = t.ruleVerb(w.group, w.rule);
    if (w.confidence === 'low')
      return w.attack
        ? `Unconfirmed reports: ${short} may be preparing to ${verb}; where, and whether, is unclear.`
        : `Sources on ${short} are thin; it seems to ${verb}.`;
    let where = '';
    if (w.attack && !w.target) where = ', though it lacks a foothold where it wants to strike';
    else if (w.target && w.confidence === 'medium')
      where = `, probably in ${t.region(w.target.district)}`;
    else if (w.target)
      where = `; ${t.district(w.target.district)} looks most exposed (${short} presence ${t.number(w.target.presence)}, police ${t.number(w.target.police)}, security ${t.number(w.target.security)})`;
    const signs = w.confidence === 'high' ? t.signs(w.signs) : '';
    return `${short} ${MODAL[w.modal]} ${verb}${where}.${signs}`;
  },
  kabul: (w, t) => {
    if (w.confidence === 'low')
      return `Kabul's next move is hard to read; ${w.hostile ? 'some reports speak of retaliation' : 'no retaliation is reported in preparation'}.`;
    const signs = w.confidence === 'high' ? t.signs(w.signs) : '';
    const ifStruck = w.ifStruck
      ? ` If we strike across the line this week, it ${MODAL[w.ifStruck.modal]} ${t.ruleVerb('kabul', w.ifStruck.rule)}.`
      : '';
    return `On its present course, Kabul ${MODAL[w.modal]} ${t.ruleVerb('kabul', w.rule)}.${signs}${ifStruck}`;
  },
  district: (w, t) => {
    const name = t.district(w.district);
    return w.confidence === 'low'
      ? `${name} looks the most exposed district, but local sources are few (trust ${t.number(w.trust)}); militant strength there is hard to gauge.`
      : `${name} is the most exposed district: militant presence ${t.number(w.presence)} (mostly ${t.group(w.lead)}) against police ${t.number(w.police)} and security ${t.number(w.security)}.`;
  },
};
