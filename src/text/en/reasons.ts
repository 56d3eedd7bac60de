/** Why a response or a target cannot be chosen, in English. */
import type { PlaceKind } from '../../engine';
import type {
  RequirementEntries,
  TargetReasonEntries,
  UnavailableEntries,
} from '../catalogue-types';

export const requirements: RequirementEntries = {
  'every-crossing-closed': () => 'Every crossing is already closed.',
  'every-crossing-open': () => 'Every crossing is already open.',
  'torkham-and-chaman-shut': () => 'Torkham or Chaman must be open.',
  'no-recent-attack': () => 'There has been no recent attack to attribute.',
  'talks-elsewhere-last-week': () => 'Talks were held elsewhere last week; give one track time.',
  'verification-works': () => 'A verification mechanism already works.',
  'kabul-too-hostile': (w, t) =>
    `Kabul is too hostile (${t.number(w.hostility)}; must be below ${t.number(w.below)}).`,
  'gulf-unwilling': (w, t) =>
    `Neither Saudi Arabia nor the UAE is willing (best stance ${t.number(w.best)}; needs ${t.number(w.needs)}).`,
  'cohesion-too-low': (w, t) =>
    `Relations are too strained to agree (cohesion ${t.number(w.cohesion)}; needs ${t.number(w.needs)}).`,
  'host-unwilling': (w, t) =>
    `${t.power(w.host)} will not host talks now (stance ${t.number(w.stance)}; needs ${t.number(w.needs)}).`,
  'talks-short': (w, t) =>
    `Talks must reach ${t.number(w.needs)} first (now ${t.number(w.progress)}).`,
};

export const targetReasons: TargetReasonEntries = {
  'development-frontier-only': () => 'Development funds go to the frontier districts.',
  'development-under-way': () => 'A development programme is already under way there.',
  'no-one-waiting': () => 'No one there is waiting for compensation.',
  'jirga-tribal-only': () => 'Jirgas are held in the tribal districts.',
  'no-leadership': () => 'No militant leadership is known to be there.',
  'clearance-frontier-only': () =>
    'Clearance operations are for the frontier districts, not cities.',
  'curfew-in-force': () => 'A curfew is already in force there.',
  'cells-in-cities': () => 'Cell hunts work in the cities: Peshawar, Quetta, Karachi or Islamabad.',
  'counter-drone-in-place': () => 'Counter-drone cover is already in place there.',
  'coverage-full': () => 'Coverage there is already as good as it gets.',
  'police-programme-under-way': () => 'A police programme is already under way there.',
  'stations-protected': () => 'Stations there are already well protected.',
  'no-crossing': (w, t) => `${t.district(w.district)} has no official crossing.`,
  'not-on-border': (w, t) => `${t.district(w.district)} is not on the border.`,
  'crossing-already-closed': (w, t) => `${t.crossing(w.crossing)} is already closed.`,
  'crossing-already-open': (w, t) => `${t.crossing(w.crossing)} is already open.`,
  'no-sanctuary': (w, t) =>
    `No militant sanctuary worth striking is known in ${t.province(w.province)}.`,
  'intel-too-low': (w, t) =>
    `Intelligence coverage in ${t.province(w.province)} is ${t.number(w.intel)}; it must reach ${t.number(w.needs)}.`,
};

const A_PLACE: Record<PlaceKind, string> = {
  district: 'a district',
  province: 'an Afghan province',
};
const NONE_QUALIFIES: Record<PlaceKind, string> = {
  district: 'No district qualifies this week',
  province: 'No Afghan province qualifies this week',
};
const POINTS = { one: 'action point', other: 'action points' };

/** A reason as the tail of a sentence: "No district qualifies this week: a curfew is …". */
const lowerFirst = (sentence: string) =>
  /^[A-Z][a-z]/.test(sentence) ? sentence[0]!.toLowerCase() + sentence.slice(1) : sentence;

export const unavailable: UnavailableEntries = {
  'game-over': () => 'The game is over.',
  'already-ended': (w, t) => `The game had already ended in week ${t.number(w.week)}.`,
  'bad-options': (w) => w.message,
  'unknown-response': (w) => {
    switch (w.problem) {
      case 'not-a-list':
        return 'Decisions must be a list.';
      case 'no-response-id':
        return 'Each decision needs a response id.';
      case 'no-such-response':
        return `There is no response "${w.response}".`;
    }
  },
  'needs-target': (w, t) => `"${t.response(w.response)}" needs ${A_PLACE[w.kind]}.`,
  'bad-target': (w, t) => {
    switch (w.problem) {
      case 'takes-none':
        return `"${t.response(w.response)}" takes no target.`;
      case 'not-a-place':
        return `"${w.target}" is not ${A_PLACE[w.kind]}.`;
      case 'unsuitable':
        return t.targetReason(w.reason);
      case 'none-qualifies':
        return w.shared
          ? `${NONE_QUALIFIES[w.kind]}: ${lowerFirst(t.targetReason(w.shared))}`
          : `${NONE_QUALIFIES[w.kind]}.`;
    }
  },
  cooldown: (w, t) =>
    w.afterEnd
      ? 'Used recently; not available again before the game ends.'
      : `Used recently; available again in week ${t.number(w.untilWeek)}.`,
  ladder: (w, t) =>
    w.bound === 'min'
      ? `Only once the ladder reaches "${t.rung(w.rung)}".`
      : `Not while the ladder stands above "${t.rung(w.rung)}".`,
  prerequisite: (w, t) => t.requirement(w.requirement),
  capacity: (w, t) =>
    w.week
      ? `These choices need ${t.count(w.needs, POINTS)}; the week has ${t.number(w.has)}.`
      : `Needs ${t.count(w.needs, POINTS)}; you have ${t.number(w.has)}.`,
  fiscal: (w, t) =>
    w.week
      ? `These choices cost ${t.number(w.costs)} fiscal room; only ${t.number(w.left)} is left.`
      : `Costs ${t.number(w.costs)} fiscal room; only ${t.number(w.left)} is left.`,
  duplicate: (w, t) =>
    w.clash
      ? `Only one of these can be chosen a week: "${t.response(w.response)}" clashes with another choice.`
      : `"${t.response(w.response)}" is already chosen this week.`,
};
