/**
 * The week's report at a glance: a three-line digest (violence, the biggest meter move, the
 * ladder) and which actors only watched, so the report can fold them away.
 */
import { DOCTRINES, LADDER_RUNGS, METER_IDS, type ActorTrace, type WeekReport } from '../engine';
import { formatCounted } from './format';
import { METERS, signed } from './labels';

/** Three short lines: what violence the week saw, what moved most, where the ladder stands. */
export function reportDigest(report: WeekReport): [string, string, string] {
  return [violenceLine(report), meterLine(report), ladderLine(report)];
}

function violenceLine(report: WeekReport): string {
  const attacks = report.events.filter((e) => e.kind === 'attack');
  const foiled = attacks.filter((e) => e.words.id === 'attack-foiled').length;
  const strikes = report.events.filter((e) => e.kind === 'strike').length;
  const deaths = report.events.reduce((sum, e) => sum + (e.deaths ?? 0), 0);
  const parts = [
    attacks.length === 0
      ? 'No militant attacks'
      : formatCounted(attacks.length, 'militant attack', 'militant attacks') +
        (foiled > 0 ? ` (${formatCounted(foiled, 'foiled', 'foiled')})` : ''),
    formatCounted(strikes, 'strike across the border', 'strikes across the border'),
    deaths === 0 ? 'no one killed' : formatCounted(deaths, 'person killed', 'people killed'),
  ];
  return `${parts.join('; ')}.`;
}

function meterLine(report: WeekReport): string {
  let biggest: (typeof METER_IDS)[number] | null = null;
  let size = 0;
  for (const id of METER_IDS) {
    const delta = Math.abs(report.metersAfter[id] - report.metersBefore[id]);
    if (delta > size) [biggest, size] = [id, delta];
  }
  if (biggest === null) return 'No meter moved.';
  const before = report.metersBefore[biggest];
  const after = report.metersAfter[biggest];
  const meter = METERS[biggest];
  const worse = after > before === meter.higherIsWorse;
  return `Biggest change: ${meter.label} ${before} → ${after} (${signed(after - before)}, ${worse ? 'worse' : 'better'}).`;
}

function ladderLine(report: WeekReport): string {
  const before = LADDER_RUNGS[report.ladderBefore];
  const after = LADDER_RUNGS[report.ladderAfter];
  if (report.ladderAfter === report.ladderBefore) return `The ladder stays at ${before}.`;
  return `The ladder ${report.ladderAfter > report.ladderBefore ? 'climbed' : 'came down'}: ${before} → ${after}.`;
}

const WATCHING = new Set(
  DOCTRINES.flatMap((doctrine) =>
    doctrine.rules
      .filter((rule) => rule.reaction.kind === 'watch')
      .map((rule) => `${doctrine.actor}|${rule.id}`),
  ),
);

/** True when the actor's reaction this week was only to watch (or nothing fired at all). */
export function onlyWatched(trace: ActorTrace): boolean {
  return trace.fired === 'none' || WATCHING.has(`${trace.actor}|${trace.fired}`);
}
