// Golden tables of the engine's formulas: a change in balance shows up as a reviewable diff in
// tests/engine/golden/. Every draw of the dice is scripted, so each cell is the formula alone.
// After a deliberate balance change, regenerate with:
//   npx vitest run --project unit tests/engine/formulas.golden.test.ts -u
import { describe, expect, it } from 'vitest';
import { attack, strikeProvince, type AttackStyle } from '../../src/engine/effects';
import { hooksOf } from '../../src/engine/response-types';
import { METER_IDS, RESPONSES, SCENARIO_IDS, resolveTurn, type GameState } from '../../src/engine';
import { context, game, table, withState } from './fixtures';

const sandbox = game('sandbox', 1);
const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

describe('golden formulas', () => {
  describe('attack', () => {
    const STRENGTHS = [20, 40, 60, 80, 100];
    const DEFENCES = [0, 20, 40, 60, 80, 100];

    /** A TTP attack on Bannu (presence 30) whose defence is `defence`; returns the cell. */
    function attackCell(
      strength: number,
      defence: number,
      style: AttackStyle,
      foilRoll: number,
      patch: (s: GameState) => void = () => {},
      massRoll = 99,
    ): string {
      const state = withState(sandbox, (s) => {
        s.groups.ttp.strength = strength;
        const bannu = s.districts.bannu;
        bannu.presence.ttp = 30;
        bannu.security = defence;
        bannu.police = defence;
        patch(s);
      });
      // d100: the foil roll, the mass-casualty roll of crowd and city attacks, then the claim roll;
      // other draws: the toll's below(6), a mass-casualty multiplier's below(4), the reveal's below(2).
      const crowded = style === 'urban' || style === 'sectarian';
      const ctx = context(
        state,
        crowded ? [foilRoll, massRoll, 0] : [foilRoll, 0],
        crowded && massRoll === 0 ? [3, 1, 0] : [3, 0],
      );
      const result = attack(ctx, 'ttp', 'bannu', style, 'golden');
      return result.foiled ? 'foiled' : String(result.deaths);
    }

    function grid(style: AttackStyle, foilRoll: number, massRoll = 99): string {
      const mass = massRoll === 0 ? ', a mass-casualty attack (multiplier draw 1 of 0..3)' : '';
      return table(
        `Attack deaths: TTP ${style} attack on Bannu, presence 30, foil roll ${foilRoll}, toll draw 3 of 0..5${mass}`,
        ['strength \\ defence', ...DEFENCES.map(String)],
        STRENGTHS.map((strength) => [
          String(strength),
          ...DEFENCES.map((defence) =>
            attackCell(strength, defence, style, foilRoll, () => {}, massRoll),
          ),
        ]),
      );
    }

    /** The smallest d100 roll that does not foil the attack: its foil chance in percent. */
    function foilChance(defence: number, style: AttackStyle, patch?: (s: GameState) => void) {
      for (let roll = 0; roll < 100; roll++)
        if (attackCell(60, defence, style, roll, patch) !== 'foiled') return roll;
      return 100;
    }

    /** Who an unfoiled attack (strength 60, defence 40) kills, by style. */
    function victims(style: AttackStyle): (string | number)[] {
      const state = withState(sandbox, (s) => {
        s.districts.bannu.presence.ttp = 30;
        s.districts.bannu.security = 40;
        s.districts.bannu.police = 40;
      });
      const crowded = style === 'urban' || style === 'sectarian';
      const ctx = context(state, crowded ? [99, 99, 0] : [99, 0], [3, 0]);
      const { deaths } = attack(ctx, 'ttp', 'bannu', style, 'golden');
      const after = ctx.state.tally;
      return [
        style,
        deaths,
        after.soldiers - state.tally.soldiers,
        after.police - state.tally.police,
        after.civiliansPakistan - state.tally.civiliansPakistan,
        signed(ctx.state.meters.publicPressure - state.meters.publicPressure),
        signed(ctx.state.meters.deterrence - state.meters.deterrence),
      ];
    }

    it('matches the golden table', async () => {
      const STYLES: AttackStyle[] = [
        'security',
        'police',
        'urban',
        'sectarian',
        'cpec',
        'quadcopter',
        'spoiler',
      ];
      const split = table(
        'Who dies, by style: TTP strength 60, presence 30, defence 40 in Bannu, foil roll 99, toll draw 3',
        ['style', 'deaths', 'soldiers', 'police', 'civilians', 'publicPressure', 'deterrence'],
        STYLES.map(victims),
      );
      const chances = table(
        'Foil chance (%) by defence (security, or police for police and quadcopter attacks)',
        ['situation \\ defence', ...DEFENCES.map(String)],
        [
          ['security attack', ...DEFENCES.map((d) => foilChance(d, 'security'))],
          [
            'security attack, curfew',
            ...DEFENCES.map((d) =>
              foilChance(d, 'security', (s) => (s.districts.bannu.curfewWeeks = 2)),
            ),
          ],
          ['quadcopter attack', ...DEFENCES.map((d) => foilChance(d, 'quadcopter'))],
          [
            'quadcopter attack, counter-drone',
            ...DEFENCES.map((d) =>
              foilChance(d, 'quadcopter', (s) => (s.districts.bannu.counterDroneWeeks = 3)),
            ),
          ],
        ],
      );
      const golden = [
        grid('security', 99),
        grid('security', 10),
        grid('urban', 99),
        grid('urban', 99, 0),
        split,
        chances,
      ].join('\n');
      await expect(golden).toMatchFileSnapshot('./golden/attack.txt');
    });
  });

  describe('strikeProvince', () => {
    const POWERS = [5, 10, 15, 20];
    const INTEL = [0, 25, 50, 75, 100];

    it('matches the golden table', async () => {
      const cell = (power: number, intel: number, harmRoll: number) => {
        const state = withState(sandbox, (s) => (s.provinces.paktika.intel = intel));
        // Paktika holds the TTP (55), the HGB (30) and JuA (10): for each, a damage draw of 2 (0..5)
        // and a kill draw of 1 (0..3); then the harm roll, and a civilian draw of 2.
        const ctx = context(state, [harmRoll], [2, 1, 2, 1, 2, 1, 2]);
        const result = strikeProvince(ctx, 'paktika', power, 'golden', 'camps');
        return `${result.militantsKilled}/${result.civilians}`;
      };
      const harmChance = (province: 'paktika' | 'kabul' | 'zabul', intel: number) => {
        for (let roll = 0; roll < 100; roll++) {
          const state = withState(sandbox, (s) => (s.provinces[province].intel = intel));
          const ctx = context(state, [roll]);
          if (strikeProvince(ctx, province, 10, 'golden', 'camps').civilians === 0) return roll;
        }
        return 100;
      };
      const golden = [
        table(
          'Strike on Paktika: militants killed / Afghan civilians killed, harm roll 30',
          ['power \\ intel', ...INTEL.map(String)],
          POWERS.map((power) => [String(power), ...INTEL.map((intel) => cell(power, intel, 30))]),
        ),
        table(
          'Chance (%) that a strike kills civilians, by province exposure and intel',
          ['province \\ intel', ...INTEL.map(String)],
          (['zabul', 'paktika', 'kabul'] as const).map((province) => [
            province,
            ...INTEL.map((intel) => harmChance(province, intel)),
          ]),
        ),
      ].join('\n');
      await expect(golden).toMatchFileSnapshot('./golden/strike.txt');
    });
  });

  describe('talks', () => {
    const HOSTILITY = [20, 40, 60, 80, 100];
    const STANCE = [40, 55, 70, 85, 100];
    const TALKS = RESPONSES.filter((r) => r.exclusive === 'talks');

    it('covers every talks response', () => {
      expect(TALKS.map((r) => r.id)).toEqual([
        'talks-qatar',
        'talks-turkiye',
        'talks-saudi',
        'talks-china',
      ]);
    });

    it('matches the golden table', async () => {
      const blocks = TALKS.map((def) => {
        const mediator = def.id.replace('talks-', '') as 'qatar' | 'turkiye' | 'saudi' | 'china';
        const cell = (hostility: number, stance: number) => {
          const state = withState(sandbox, (s) => {
            s.ladder = 2;
            s.kabul.hostility = hostility;
            s.kabul.restraint = 25;
            s.powers[mediator].stance = stance;
          });
          if (def.requires?.(state)) return '-';
          const ctx = context(state, [], [3]);
          hooksOf(def).apply(ctx, null);
          return signed(ctx.state.diplomacy.talksProgress - state.diplomacy.talksProgress);
        };
        return table(
          `${def.id}: talks progress gained from 0 (ladder 2, restraint 25, no offer, draw 3 of 0..6; - = mediator refuses)`,
          ['hostility \\ stance', ...STANCE.map(String)],
          HOSTILITY.map((h) => [String(h), ...STANCE.map((stance) => cell(h, stance))]),
        );
      });
      await expect(blocks.join('\n')).toMatchFileSnapshot('./golden/talks.txt');
    });
  });

  describe('one quiet week', () => {
    it('matches the golden table of each scenario’s first week with no decisions (seed 1)', async () => {
      const rows = SCENARIO_IDS.map((scenario) => {
        const start = game(scenario, 1);
        const turn = resolveTurn(start, []);
        if (!turn.ok) throw new Error(JSON.stringify(turn.error.reason));
        const { report } = turn.value;
        const record = turn.value.state.history[0]!;
        return [
          scenario,
          ...METER_IDS.map((m) => signed(report.metersAfter[m] - report.metersBefore[m])),
          signed(report.ladderAfter - report.ladderBefore),
          record.attacks,
          record.strikes,
          record.incidents,
          record.deaths,
        ];
      });
      const golden = table(
        'Meter and ladder change over week 1 with no decisions (seed 1, normal); then the week’s counts',
        ['scenario', ...METER_IDS, 'ladder', 'attacks', 'strikes', 'incidents', 'deaths'],
        rows,
      );
      await expect(golden).toMatchFileSnapshot('./golden/turn.txt');
    });
  });
});
