/** Diplomatic responses (domain.md §5: DIP): mediated talks, verification, envoys and the UN. */
import {
  adjustKabul,
  adjustMeter,
  adjustStance,
  adjustTalks,
  emit,
  note,
  setLadder,
  setTruce,
  type TurnContext,
} from '../../context';
import type { TalksHost } from '../../event-words';
import type { PowerId } from '../../ids';
import type { RequirementWords } from '../../reason-words';
import type { ResponseSpec } from '../../response-types';
import type { GameState } from '../../types';

/** Talks progress at which a ceasefire is agreed, and at which verification can be proposed. */
const TRUCE_AT = 40;
const VERIFY_AT = 60;
/** Talks progress at which a suspended mechanism can be renewed: the monitors are still in place. */
const RENEW_AT = 45;
const TRUCE_WEEKS = 6;

function hostTalks(ctx: TurnContext, mediator: TalksHost, bonus: number): void {
  const { state, dice } = ctx;
  const cause = `response:talks-${mediator}`;
  const power = state.powers[mediator];
  const offered = power.offer === 'mediation' && power.offerUntil >= state.week;
  const gain =
    6 +
    bonus +
    Math.trunc(power.stance / 12) +
    (offered ? 6 : 0) +
    Math.trunc(state.kabul.restraint / 10) +
    Math.trunc((state.meters.legitimacy - 50) / 5) -
    Math.trunc(state.kabul.hostility / 12) -
    (state.ladder >= 4 ? 8 : 0) +
    dice.below(7);
  const before = state.diplomacy.talksProgress;
  adjustTalks(ctx, Math.max(1, gain), cause);
  state.diplomacy.lastTalksWeek = state.week;
  if (state.diplomacy.mediator !== mediator) {
    state.diplomacy.mediator = mediator;
    note(ctx, 'diplomacy', 'mediator', 1, cause);
  }
  adjustStance(ctx, mediator, 3, cause);
  adjustMeter(ctx, 'legitimacy', 2, cause);
  adjustMeter(ctx, 'publicPressure', 1, cause);
  adjustKabul(ctx, 'hostility', -3, cause);
  emit(ctx, {
    kind: 'talks',
    actor: mediator,
    cause,
    words: { id: 'talks-round', host: mediator, before, after: state.diplomacy.talksProgress },
  });
  if (state.diplomacy.truceWeeks === 0 && state.diplomacy.talksProgress >= TRUCE_AT) {
    setTruce(ctx, TRUCE_WEEKS, cause);
    if (state.ladder > 2) setLadder(ctx, 2, cause);
    emit(ctx, {
      kind: 'truce',
      actor: mediator,
      cause,
      words: { id: 'truce-agreed', host: mediator, weeks: TRUCE_WEEKS },
    });
  }
}

function talksRequire(mediator: PowerId, minStance: number) {
  return (state: GameState): RequirementWords | null => {
    const stance = state.powers[mediator].stance;
    if (stance < minStance)
      return { id: 'host-unwilling', host: mediator, stance, needs: minStance };
    if (state.diplomacy.lastTalksWeek === state.week - 1 && state.diplomacy.mediator !== mediator)
      return { id: 'talks-elsewhere-last-week' };
    return null;
  };
}

export const DIPLOMACY = [
  {
    id: 'talks-qatar',
    title: 'Talks in Doha (Qatar)',
    category: 'Diplomacy',
    summary:
      'Ask Qatar to host a round. Process-minded; the likeliest road to a ceasefire. Talks can draw spoiler attacks.',
    actions: 1,
    fiscal: 1,
    target: 'none',
    cooldown: 1,
    exclusive: 'talks',
    requires: talksRequire('qatar', 40),
    apply: (ctx) => hostTalks(ctx, 'qatar', 3),
    sources: ['mediation-buys-time', 'gulf-leverage', 'spoilers'],
  },
  {
    id: 'talks-turkiye',
    title: 'Talks in Istanbul (Türkiye)',
    category: 'Diplomacy',
    summary: 'Ask Türkiye to host a round. Steady progress that favours a monitoring mechanism.',
    actions: 1,
    fiscal: 1,
    target: 'none',
    cooldown: 1,
    exclusive: 'talks',
    requires: talksRequire('turkiye', 40),
    apply: (ctx) => hostTalks(ctx, 'turkiye', 2),
    sources: ['mediation-buys-time', 'verification', 'gulf-leverage'],
  },
  {
    id: 'talks-saudi',
    title: 'Talks in Riyadh (Saudi Arabia)',
    category: 'Diplomacy',
    summary: 'Ask Saudi Arabia to mediate. Weighty with Kabul when relations with Riyadh are warm.',
    actions: 1,
    fiscal: 1,
    target: 'none',
    cooldown: 2,
    exclusive: 'talks',
    requires: talksRequire('saudi', 55),
    apply: (ctx) => hostTalks(ctx, 'saudi', 1),
    sources: ['mediation-buys-time', 'gulf-leverage'],
  },
  {
    id: 'talks-china',
    title: 'Trilateral talks in Urumqi (China)',
    category: 'Diplomacy',
    summary:
      'Ask China to convene a trilateral meeting. Beijing wants quiet for CPEC and can press Kabul; it expects calm in return.',
    actions: 1,
    fiscal: 1,
    target: 'none',
    cooldown: 2,
    exclusive: 'talks',
    requires: talksRequire('china', 50),
    apply(ctx) {
      hostTalks(ctx, 'china', 2);
      adjustKabul(ctx, 'restraint', 3, 'response:talks-china');
    },
    sources: ['china-cpec', 'mediation-buys-time'],
  },
  {
    id: 'propose-verification',
    title: 'Propose a joint verification mechanism',
    category: 'Diplomacy',
    summary:
      'Put joint border monitoring under third-party watch on the table. If Kabul agrees, claims can be checked and sanctuaries shrink over time.',
    actions: 2,
    fiscal: 2,
    target: 'none',
    cooldown: 2,
    ladder: { max: 3 },
    requires: (state): RequirementWords | null => {
      if (state.diplomacy.verification) return { id: 'verification-works' };
      const needs = state.diplomacy.verificationSuspended ? RENEW_AT : VERIFY_AT;
      if (state.diplomacy.talksProgress < needs)
        return { id: 'talks-short', needs, progress: state.diplomacy.talksProgress };
      return null;
    },
    apply(ctx) {
      const { state, dice } = ctx;
      const cause = 'response:propose-verification';
      const chance = Math.max(
        10,
        35 +
          state.kabul.restraint -
          Math.trunc(state.kabul.hardliners / 2) +
          Math.trunc((state.meters.legitimacy - 50) / 2) +
          (state.diplomacy.truceWeeks > 0 ? 15 : 0),
      );
      if (dice.d100() < chance) {
        state.diplomacy.verification = true;
        state.diplomacy.verificationSuspended = false;
        note(ctx, 'diplomacy', 'verification', 1, cause);
        adjustKabul(ctx, 'restraint', 12, cause);
        adjustKabul(ctx, 'hostility', -6, cause);
        adjustMeter(ctx, 'legitimacy', 6, cause);
        adjustMeter(ctx, 'deterrence', 3, cause);
        if (state.diplomacy.truceWeeks < TRUCE_WEEKS) setTruce(ctx, TRUCE_WEEKS, cause);
        for (const power of ['qatar', 'turkiye', 'china', 'un'] as const)
          adjustStance(ctx, power, 4, cause);
        emit(ctx, {
          kind: 'talks',
          actor: 'pakistan',
          cause,
          words: { id: 'verification-accepted' },
        });
      } else {
        adjustTalks(ctx, -6, cause);
        adjustKabul(ctx, 'hardliners', 2, cause);
        emit(ctx, {
          kind: 'talks',
          actor: 'kabul',
          cause,
          words: { id: 'verification-rejected' },
        });
      }
    },
    sources: ['verification', 'kabul-constrained'],
  },
  {
    id: 'envoy-to-kabul',
    title: 'Send an envoy to Kabul',
    category: 'Diplomacy',
    summary:
      'Direct talks with the Taliban leadership. Lowers hostility and nudges restraint; critics at home call it appeasement.',
    actions: 1,
    fiscal: 1,
    target: 'none',
    cooldown: 2,
    ladder: { max: 3 },
    apply(ctx) {
      const cause = 'response:envoy-to-kabul';
      adjustKabul(ctx, 'hostility', -6, cause);
      adjustKabul(ctx, 'restraint', 4, cause);
      adjustMeter(ctx, 'publicPressure', 3, cause);
      adjustTalks(ctx, 3, cause);
      emit(ctx, {
        kind: 'talks',
        actor: 'pakistan',
        cause,
        words: { id: 'envoy-to-kabul' },
      });
    },
    sources: ['kabul-constrained', 'afghan-society'],
  },
  {
    id: 'raise-at-un',
    title: 'Raise sanctuaries at the UN Security Council',
    category: 'Diplomacy',
    summary:
      "Table the Monitoring Team's findings on militant sanctuaries. Wins some legitimacy; angers Kabul.",
    actions: 1,
    fiscal: 0,
    target: 'none',
    cooldown: 4,
    apply(ctx) {
      const cause = 'response:raise-at-un';
      adjustMeter(ctx, 'legitimacy', 4, cause);
      adjustMeter(ctx, 'publicPressure', -2, cause);
      adjustKabul(ctx, 'hostility', 4, cause);
      adjustStance(ctx, 'us', 3, cause);
      adjustStance(ctx, 'un', 2, cause);
      emit(ctx, {
        kind: 'statement',
        actor: 'pakistan',
        cause,
        words: { id: 'raise-at-un' },
      });
    },
    sources: ['un-counts', 'kabul-constrained'],
  },
  {
    id: 'afghan-outreach',
    title: 'Reach out to Afghan elders and society',
    category: 'Diplomacy',
    summary:
      'Quiet contacts with tribal elders, scholars and traders across the line. Slow goodwill that weakens the hardliners.',
    actions: 1,
    fiscal: 1,
    target: 'none',
    cooldown: 3,
    apply(ctx) {
      const cause = 'response:afghan-outreach';
      adjustKabul(ctx, 'hardliners', -2, cause);
      emit(ctx, {
        kind: 'talks',
        actor: 'pakistan',
        cause,
        words: { id: 'afghan-outreach' },
      });
    },
    programme: {
      weeks: 4,
      weekly(ctx) {
        const cause = 'response:afghan-outreach';
        adjustKabul(ctx, 'hardliners', -1, cause);
        adjustKabul(ctx, 'hostility', -1, cause);
        adjustMeter(ctx, 'legitimacy', 1, cause);
      },
    },
    sources: ['afghan-society'],
  },
] as const satisfies readonly ResponseSpec[];
