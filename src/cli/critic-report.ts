/**
 * The model critic's sections of the balance report (issue 10): the exploit hunter, the
 * sensitivity table, rule firing, whether outcomes track harm, and the skill gap. Each takes
 * figures measured by the engine's balance modules and lays them out as plain-text tables.
 */
import { HARM_CLASSES, type StrategyGames } from '../engine/balance-games';
import { percent } from '../engine/balance';
import type { ExploitFigures, HuntPlan } from '../engine/exploit-hunt';
import { ALIVE_SHARE, deadRows, firingTable, share } from '../engine/rule-firing';
import { PIN_LEVELS, type SensitivityFigures } from '../engine/sensitivity';
import type { StrategyName } from '../engine/strategies';
import { mean, pct, section, table } from './report-table';

const points = (value: number) => `${value >= 0 ? '+' : ''}${value.toFixed(1)}`;

// --- The exploit hunter ---------------------------------------------------------------------

export function formatExploits(figures: ExploitFigures, hunt: HuntPlan): string {
  const b = figures.balanced;
  const balancedGood = percent(b.good, b.games);
  const shown = figures.finalists.slice(0, 10);
  const best = figures.finalists[0];
  return section([
    `Exploit hunter: ${figures.scenario}, normal difficulty — ${figures.singles} single plans (each response at each target that suits it, taken every week it is allowed, else nothing) and ${figures.pairs} pairs of the strongest singles of ${hunt.pairedSingles} responses screened on seeds 1–${hunt.screenSeeds}; the best ${hunt.finalists} measured on seeds 1–${hunt.finalSeeds}`,
    ...table([
      ['plan (best first)', 'games', 'good', 'reset', 'vs balanced'],
      ...shown.map((r) => [
        r.label,
        String(r.games),
        pct(percent(r.good, r.games)),
        pct(percent(r.reset, r.games)),
        points(percent(r.good, r.games) - balancedGood),
      ]),
      ['balanced', String(b.games), pct(balancedGood), pct(percent(b.reset, b.games)), points(0)],
    ]),
    `  Target (rules version 2): no fixed plan reaches a good ending as often as balanced; the best here ${
      best ? `${points(percent(best.good, best.games) - balancedGood)} points` : 'none'
    }.`,
  ]);
}

// --- Sensitivity ----------------------------------------------------------------------------

export function formatSensitivity(f: SensitivityFigures): string {
  const rows = [['variable', 'games', 'ending changed', 'good low', 'good high']];
  for (const r of f.rows)
    rows.push([
      r.variable,
      String(r.games),
      pct(percent(r.changed, r.games)),
      pct(percent(r.goodLow, r.games)),
      pct(percent(r.goodHigh, r.games)),
    ]);
  return section([
    `Sensitivity: ${f.scenario}; each variable held at ${PIN_LEVELS.low} ("low") or ${PIN_LEVELS.high} ("high") before every week while balanced plays the same seeds in both arms (seeds from 1, normal difficulty); the share of games whose ending differs between the arms`,
    ...table(rows),
    '  Target (rules version 2): every variable changes at least 10% of endings.',
  ]);
}

// --- Rule firing ----------------------------------------------------------------------------

/** `games[i]`: strategy `strategies[i]`'s games, one entry per scenario. */
export function formatFiring(
  strategies: readonly StrategyName[],
  games: readonly (readonly StrategyGames[])[],
): string {
  const rows = firingTable(games);
  const dead = new Set(deadRows(rows).map((r) => r.key));
  const weeks = games.map((perScenario) => perScenario.reduce((sum, g) => sum + g.weeks, 0));
  const counts = games.map((perScenario) => perScenario.reduce((s, g) => s + g.tally.games, 0));
  return section([
    `Rule firing: the share of weeks in which each doctrine rule and scenario event fires, by strategy (normal difficulty, every scenario, seeds from 1; an event counts only the weeks of its scenarios). Games per strategy: ${strategies
      .map((s, i) => `${s} ${counts[i]} (${weeks[i]} weeks)`)
      .join(', ')}`,
    ...table([
      ['rule or event', ...strategies, 'flag'],
      ...rows.map((row) => [
        row.key,
        ...row.cells.map((cell) => share(cell).toFixed(1)),
        dead.has(row.key) ? `below ${ALIVE_SHARE}%` : '',
      ]),
    ]),
    `  Flagged: ${dead.size} of ${rows.length} fire in fewer than ${ALIVE_SHARE}% of weeks under every strategy${
      dead.size ? ` (${[...dead].join(', ')})` : ''
    }. Target (rules version 2): none.`,
  ]);
}

// --- Outcomes track harm --------------------------------------------------------------------

const HARM_LABEL = {
  good: 'good',
  mixed: 'mixed',
  'forever-with-strikes': 'forever frontier with strikes',
} as const;

/** `games`: per scenario, every strategy's games there. */
export function formatHarm(games: readonly (readonly StrategyGames[])[]): string {
  const rows = [['scenario', 'ending', 'games', 'attacks through', 'deaths in attacks', 'toll']];
  for (const perStrategy of games)
    for (const harmClass of HARM_CLASSES) {
      let n = 0;
      let through = 0;
      let deaths = 0;
      let toll = 0;
      for (const g of perStrategy) {
        const h = g.harm[harmClass];
        n += h.games;
        through += h.attacksThrough;
        deaths += h.attackDeaths;
        toll += h.toll;
      }
      rows.push([
        perStrategy[0]!.scenario,
        HARM_LABEL[harmClass],
        String(n),
        mean(through, n),
        mean(deaths, n),
        mean(toll, n),
      ]);
    }
  return section([
    `Outcomes track harm: games that ran their full length, every built-in strategy pooled (normal difficulty, seeds from 1); means per game of the attacks that got through, the deaths in them, and the toll (everyone killed but militants)`,
    ...table(rows),
    '  Target (rules version 2): good endings clearly below mixed ones, and mixed below the forever frontier with strikes, in attacks and deaths.',
  ]);
}

// --- Skill ----------------------------------------------------------------------------------

/** `games`: per scenario, every strategy's games there, in the order of `strategies`. */
export function formatSkill(
  strategies: readonly StrategyName[],
  games: readonly (readonly StrategyGames[])[],
): string {
  const of = (perStrategy: readonly StrategyGames[], name: StrategyName) =>
    perStrategy[strategies.indexOf(name)]!.tally;
  const gap = [['scenario', 'balanced games', 'good', 'search games', 'good', 'points']];
  for (const perStrategy of games) {
    const b = of(perStrategy, 'balanced');
    const s = of(perStrategy, 'search');
    const [bGood, sGood] = [percent(b.good, b.games), percent(s.good, s.games)];
    gap.push([
      perStrategy[0]!.scenario,
      String(b.games),
      pct(bGood),
      String(s.games),
      pct(sGood),
      points(sGood - bGood),
    ]);
  }
  const resets = [['strategy', ...games.map((g) => g[0]!.scenario)]];
  for (const name of strategies)
    resets.push([
      name,
      ...games.map((perStrategy) => {
        const t = of(perStrategy, name);
        return pct(percent(t.counts['strategic-reset'], t.games));
      }),
    ]);
  return section([
    'Skill: good endings, search against balanced (normal difficulty, seeds from 1)',
    ...table(gap),
    '  Target (rules version 2): search at least 10 points above balanced in every scenario.',
    'Strategic resets by strategy (share of games; games per cell as in the rule-firing table)',
    ...table(resets),
    '  Target (rules version 2): search reaches a strategic reset in at least 25% of games in every scenario.',
  ]);
}
