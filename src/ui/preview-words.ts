/**
 * A response preview in words: each figure the response moves this week, its middle value and
 * its likely range ("Deterrence credibility +6 (likely +4 to +9)"), and how often it costs lives.
 */
import { METER_IDS, type PreviewRange, type ResponsePreview } from '../engine';
import { METERS, signed } from './labels';

/** "+6", or "+6 (likely +4 to +9)" when the futures differ; null when it never moves. */
export function rangeWords(range: PreviewRange): string | null {
  if (range.low === 0 && range.median === 0 && range.high === 0) return null;
  if (range.low === range.high) return signed(range.median);
  return `${signed(range.median)} (likely ${signed(range.low)} to ${signed(range.high)})`;
}

/** Each line of the preview, meters first; empty when nothing moves this week. */
export function previewLines(preview: ResponsePreview): string[] {
  const lines: string[] = [];
  const add = (label: string, range: PreviewRange) => {
    const words = rangeWords(range);
    if (words) lines.push(`${label} ${words}`);
  };
  for (const id of METER_IDS) add(METERS[id].label, preview.meters[id]);
  add('Kabul’s hostility', preview.kabulHostility);
  add('Escalation ladder, rungs', preview.ladder);
  add('Attacks that get through', preview.attacksThrough);
  const { samples } = preview;
  if (preview.afghanCivilianHarm > 0)
    lines.push(
      `More Afghan civilians killed in ${preview.afghanCivilianHarm} of ${samples} futures`,
    );
  if (preview.pakistaniHarm > 0)
    lines.push(`More Pakistanis killed in ${preview.pakistaniHarm} of ${samples} futures`);
  return lines;
}
