/** Cross-border military responses and internal operations (domain.md §5: MIL-X, MIL-I). */
import {
  adjustDistrict,
  adjustGroup,
  adjustKabul,
  adjustMeter,
  adjustStance,
  count,
  emit,
  raiseLadderTo,
  adjustDistrictCount,
} from '../../context';
import {
  clearPresence,
  displace,
  harmAfghanCivilians,
  press,
  pressWhereOperating,
  restoreDeterrence,
  strikeAcrossTheLine,
  strikeProvince,
} from '../../effects';
import { GROUP_IDS, type GroupId, type ProvinceId } from '../../ids';
import type { TargetReasonWords } from '../../reason-words';
import type { ResponseSpec } from '../../response-types';
import type { GameState } from '../../types';
import { DISTRICTS } from '../districts';
import { PROVINCES } from '../provinces';

function strongestSanctuary(state: GameState, province: ProvinceId): number {
  let most = 0;
  for (const group of GROUP_IDS) most = Math.max(most, state.provinces[province].sanctuary[group]);
  return most;
}

export const MILITARY = [
  {
    id: 'strike-camps',
    title: 'Strike militant camps',
    category: 'Cross-border military',
    summary:
      'Air and drone strikes on camps across the line. Disrupts the groups there and answers public anger; risks civilian deaths, reprisals and a reply from Kabul.',
    actions: 2,
    fiscal: 4,
    target: 'province',
    cooldown: 1,
    ladder: { max: 4 },
    targetRule: (state, target): TargetReasonWords | null =>
      strongestSanctuary(state, target) < 10 ? { id: 'no-sanctuary', province: target } : null,
    apply(ctx, province) {
      const cause = 'response:strike-camps';
      const result = strikeProvince(ctx, province, 12, cause, 'camps');
      raiseLadderTo(ctx, 3, cause);
      restoreDeterrence(ctx, 10, cause);
      // The public's relief scales with what the strike achieved (issue 10 §2).
      adjustMeter(
        ctx,
        'publicPressure',
        -Math.min(10, 2 + Math.trunc(result.militantsKilled / 4)),
        cause,
      );
      adjustMeter(ctx, 'legitimacy', result.civilians > 0 ? -7 : -2, cause);
      adjustKabul(ctx, 'hostility', 8, cause);
      adjustStance(ctx, 'china', -2, cause);
      adjustStance(ctx, 'us', 1, cause);
      if (result.civilians > 0) adjustStance(ctx, 'un', -5, cause);
    },
    sources: [
      'strikes-restore-deterrence',
      'deterrence-contested',
      'retaliation-cycle',
      'strikes-recruit',
      'kabul-answers-strikes',
      'diplomatic-space-shrinks',
    ],
  },
  {
    id: 'leadership-strike',
    title: 'Target militant leaders',
    category: 'Cross-border military',
    summary:
      'A precise strike on a commander across the line. Needs good intelligence there; a hit shakes a group for weeks, a miss costs face.',
    actions: 2,
    fiscal: 3,
    target: 'province',
    cooldown: 3,
    ladder: { max: 4 },
    targetRule: (state, target): TargetReasonWords | null => {
      const province = target;
      const intel = state.provinces[province].intel;
      if (intel < 50) return { id: 'intel-too-low', province, intel, needs: 50 };
      return strongestSanctuary(state, province) < 10 ? { id: 'no-leadership' } : null;
    },
    apply(ctx, province) {
      const cause = 'response:leadership-strike';
      const place = ctx.state.provinces[province];
      let leader: GroupId = 'ttp';
      for (const group of GROUP_IDS)
        if (place.sanctuary[group] > place.sanctuary[leader]) leader = group;
      raiseLadderTo(ctx, 3, cause);
      adjustKabul(ctx, 'hostility', 5, cause);
      ctx.state.groups[leader].lastStruckWeek = ctx.state.week;
      press(ctx, leader, cause);
      strikeAcrossTheLine(ctx, province, 4, cause);
      // Even a precise strike can kill those near the target, less often the better the intelligence.
      if (ctx.dice.d100() < Math.trunc((PROVINCES[province].exposure * (110 - place.intel)) / 200))
        harmAfghanCivilians(ctx, province, 1 + ctx.dice.below(4), [leader], cause);
      if (ctx.dice.d100() < place.intel) {
        adjustGroup(ctx, leader, 'morale', -15, cause);
        adjustGroup(ctx, leader, 'strength', -6, cause);
        restoreDeterrence(ctx, 10, cause);
        adjustMeter(ctx, 'publicPressure', -6, cause);
        count(ctx, 'militants', 4, cause);
        emit(ctx, {
          kind: 'strike',
          actor: 'pakistan',
          province,
          deaths: 4,
          cause,
          words: { id: 'leadership-hit', province, group: leader },
        });
      } else {
        adjustMeter(ctx, 'deterrence', -3, cause);
        adjustMeter(ctx, 'legitimacy', -3, cause);
        emit(ctx, {
          kind: 'strike',
          actor: 'pakistan',
          province,
          deaths: 0,
          cause,
          words: { id: 'leadership-missed', province, group: leader },
        });
      }
    },
    sources: ['strikes-restore-deterrence', 'retaliation-cycle', 'diplomatic-space-shrinks'],
  },
  {
    id: 'strike-taliban-posts',
    title: 'Strike Taliban posts and cities',
    category: 'Cross-border military',
    summary:
      'Hit Taliban border posts and military sites deep inside Afghanistan, as in Operation Ghazab lil-Haq. Restores deterrence loudly; hardens Kabul and can open a war.',
    actions: 3,
    fiscal: 7,
    target: 'province',
    cooldown: 2,
    ladder: { min: 3 },
    apply(ctx, province) {
      const cause = 'response:strike-taliban-posts';
      const result = strikeProvince(ctx, province, 10, cause, 'taliban-posts');
      const civilians = 3 + ctx.dice.below(Math.trunc(PROVINCES[province].exposure / 3));
      harmAfghanCivilians(ctx, province, civilians, result.groupsHit, cause);
      const fighters = 8 + ctx.dice.below(20);
      count(ctx, 'afghanCombatants', fighters, cause);
      ctx.state.thisWeek.deaths += fighters;
      emit(ctx, {
        kind: 'statement',
        actor: 'un',
        province,
        deaths: civilians,
        cause,
        words: { id: 'un-strike-report', province, civilians },
      });
      raiseLadderTo(ctx, 4, cause);
      ctx.state.kabul.lastHumiliatedWeek = ctx.state.week;
      adjustKabul(ctx, 'hostility', 15, cause);
      // Coercion works on a leadership whose hardliners are weak and hardens one where they are
      // strong (seeds 002, 003): restraint rises or falls with the hardliners' hold.
      const hold = ctx.state.kabul.hardliners;
      adjustKabul(ctx, 'restraint', hold < 50 ? 6 : -8, cause);
      adjustKabul(ctx, 'hardliners', hold < 50 ? 3 : 8, cause);
      restoreDeterrence(ctx, 12, cause);
      adjustMeter(ctx, 'publicPressure', -12, cause);
      adjustMeter(ctx, 'cohesion', 3, cause);
      adjustMeter(ctx, 'legitimacy', -9, cause);
      adjustStance(ctx, 'china', -5, cause);
      adjustStance(ctx, 'un', -8, cause);
      adjustStance(ctx, 'qatar', -4, cause);
    },
    sources: [
      'strikes-restore-deterrence',
      'hardliners-strengthened',
      'kabul-constrained',
      'open-war-risk',
      'diplomatic-space-shrinks',
      'human-cost',
    ],
  },
  {
    id: 'intelligence-based-operations',
    title: 'Intelligence-based operations',
    category: 'Internal operations',
    summary:
      'Targeted raids on known militants in a district. Steady and low in harm; each raid costs a little trust and a few lives.',
    actions: 1,
    fiscal: 2,
    target: 'district',
    cooldown: 0,
    apply(ctx, district) {
      const cause = 'response:intelligence-based-operations';
      // A community that talks to the police points the raids at the right doors (seed 004).
      const tips = Math.trunc((ctx.state.districts[district].trust - 50) / 10);
      const killed = clearPresence(ctx, district, 6 + tips, cause);
      adjustDistrict(ctx, district, 'security', 4, cause);
      adjustDistrict(ctx, district, 'trust', -1, cause);
      const losses = ctx.dice.below(3);
      if (losses > 0) count(ctx, 'soldiers', losses, cause);
      // Relief scales with what the raids achieved: none for a sweep of a quiet district.
      const relief = Math.min(3, Math.trunc(killed / 3));
      if (relief > 0) adjustMeter(ctx, 'publicPressure', -relief, cause);
      emit(ctx, {
        kind: 'operation',
        actor: 'pakistan',
        district,
        deaths: killed + losses,
        cause,
        words: { id: 'raids', district, militants: killed, soldiers: losses },
      });
    },
    sources: ['policing-slow', 'community-trust', 'proportionate-answer'],
  },
  {
    id: 'area-clearance',
    title: 'Area clearance operation',
    category: 'Internal operations',
    summary:
      'A large operation to clear a district. Cuts militant presence hard; displaces families, angers the province and strains the budget.',
    actions: 2,
    fiscal: 6,
    target: 'district',
    cooldown: 2,
    where: (target) => (DISTRICTS[target].urban ? { id: 'clearance-frontier-only' } : null),
    apply(ctx, district) {
      const cause = 'response:area-clearance';
      const killed = clearPresence(ctx, district, 18, cause);
      adjustDistrict(ctx, district, 'security', 12, cause);
      adjustDistrict(ctx, district, 'trust', -8, cause);
      adjustDistrict(ctx, district, 'economy', -5, cause);
      const losses = 2 + ctx.dice.below(6);
      count(ctx, 'soldiers', losses, cause);
      const civilians = ctx.dice.below(4);
      if (civilians > 0) {
        count(ctx, 'civiliansPakistan', civilians, cause);
        adjustDistrictCount(ctx, district, 'civilianHarm', civilians, cause);
      }
      emit(ctx, {
        kind: 'operation',
        actor: 'pakistan',
        district,
        deaths: killed + losses + civilians,
        cause,
        words: { id: 'clearance', district, militants: killed, soldiers: losses, civilians },
      });
      displace(
        ctx,
        district,
        Math.trunc(DISTRICTS[district].populationK * 30) + ctx.dice.below(5000),
        cause,
      );
      adjustMeter(ctx, 'cohesion', -4, cause);
      adjustMeter(ctx, 'publicPressure', -Math.min(5, Math.trunc(killed / 4)), cause);
      adjustMeter(ctx, 'deterrence', 4, cause);
      adjustStance(ctx, 'un', -2, cause);
      for (const group of GROUP_IDS) {
        if (ctx.state.districts[district].presence[group] > 0)
          adjustGroup(ctx, group, 'grievance', 4, cause);
      }
    },
    sources: ['community-trust', 'coordination-matters', 'human-cost'],
  },
  {
    id: 'curfew',
    title: 'Curfew and movement controls',
    category: 'Internal operations',
    summary:
      'Three weeks of curfew in a district. Makes attacks harder there for a while; shuts markets and wears down trust.',
    actions: 1,
    fiscal: 1,
    target: 'district',
    cooldown: 1,
    targetRule: (state, target): TargetReasonWords | null =>
      state.districts[target].curfewWeeks > 0 ? { id: 'curfew-in-force' } : null,
    apply(ctx, district) {
      const cause = 'response:curfew';
      adjustDistrictCount(ctx, district, 'curfewWeeks', 3, cause);
      pressWhereOperating(ctx, district, cause);
      adjustDistrict(ctx, district, 'security', 6, cause);
      adjustDistrict(ctx, district, 'trust', -5, cause);
      adjustDistrict(ctx, district, 'economy', -4, cause);
      emit(ctx, {
        kind: 'policy',
        actor: 'pakistan',
        district,
        cause,
        words: { id: 'curfew', district },
      });
    },
    sources: ['community-trust'],
  },
] as const satisfies readonly ResponseSpec[];
