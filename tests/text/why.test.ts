// An actor's "Why?" card, worded by the catalogue from the doctrine trace: who did what, because
// of which readings (worded from each condition's data), with the dice and the rules passed over.
import { describe, expect, it } from 'vitest';
import { runDoctrine } from '../../src/engine/doctrine-runner';
import {
  DOCTRINES,
  isYesNoReading,
  resolveTurn,
  type ActorTrace,
  type ConditionCheck,
} from '../../src/engine';
import { EN } from '../../src/text';
import { context, game, withState } from '../engine/fixtures';

/** How the card shows a value read: "yes"/"no" for a yes/no reading, else the number. */
const shown = (check: ConditionCheck) =>
  isYesNoReading(check.condition.read) ? (check.value ? 'yes' : 'no') : String(check.value);

describe('the "Why?" card', () => {
  function ttpTrace(): ActorTrace {
    const state = withState(game('sandbox', 1), (s) => (s.groups.ttp.lastStruckWeek = 1));
    // The first roll fails prove-survival; the next fires hit-soft-police; then foil and claim.
    const ctx = context(state, [95, 12, 99, 0]);
    runDoctrine(ctx, DOCTRINES[0]!);
    return ctx.traces[0]!;
  }

  it('says who did what, because of which readings, with the dice', () => {
    const trace = ttpTrace();
    const explanation = EN.why(trace);
    expect(explanation.headline).toBe('TTP: Hit the police where they are weak');
    expect(explanation.outcome).toBe(EN.outcome(trace.outcome));
    expect(explanation.because).toEqual([
      'police are weak (45 or less) somewhere it operates (25)',
      'its strength is at least 20 (60)',
    ]);
    // Base 50; strength 60 and morale 55 add 4, a foothold of 45 adds 3, Paktika's sanctuary 5;
    // deterrence 45 is neutral.
    expect(explanation.dice).toBe(
      'rolled 12 against a 62% chance (its strength and morale +4, its footholds +3, its sanctuary across the line +5)',
    );
    expect(explanation.passedOver).toEqual([
      'Strike back to prove it survived: conditions held, but the dice said no (rolled 95, needed under 82)',
      'Fall back to regroup across the line: not so, since its morale is 44 or less (55)',
      'Attack to wreck the talks: not so, since talks or a truce are under way (no)',
    ]);
  });

  it('shows every condition of the fired rule, worded from its data, with the value read', () => {
    const trace = ttpTrace();
    const fired = trace.checks.find((c) => c.fired)!;
    const because = EN.why(trace).because;
    expect(because).toEqual(
      fired.conditions.map((c) => `${EN.condition(c.condition)} (${shown(c)})`),
    );
  });

  it('explains a fallback rule without inventing conditions', () => {
    const ctx = context(game('sandbox', 1));
    runDoctrine(
      ctx,
      DOCTRINES.find((d) => d.actor === 'kabul')!,
    );
    const explanation = EN.why(ctx.traces[0]!);
    expect(explanation.headline).toBe('Kabul: Deny harbouring anyone');
    expect(explanation.because).toEqual(['none of its other rules applied this week']);
    expect(explanation.dice).toBeNull();
    expect(explanation.passedOver).toHaveLength(8);
  });

  it('reads as one plain paragraph for every trace of a real week', () => {
    const turn = resolveTurn(game('seven-camps', 4), []);
    if (!turn.ok) throw new Error(JSON.stringify(turn.error.reason));
    expect(turn.value.report.traces).toHaveLength(DOCTRINES.length);
    for (const trace of turn.value.report.traces) {
      const words = EN.whyInWords(trace);
      expect(words).toMatch(/^[A-ZÜ][^:]*: .+\. .+ Because: .+\.$/s);
      expect(words).not.toMatch(/undefined|NaN|\[object|[{}]/);
      const fired = trace.checks.find((c) => c.fired)!;
      for (const condition of fired.conditions) expect(words).toContain(`(${shown(condition)})`);
    }
  });
});
