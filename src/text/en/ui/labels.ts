/** Names the panels share for the national meters and for the kinds of event a week reports. */
import type { MeterId, WeekEventKind } from '../../../engine';
import type { Format } from '../../format';

export const labels = {
  meters: {
    publicPressure: {
      label: 'Public pressure',
      hint: (t: Format) =>
        `Demand for a response. At ${t.number(90)} or more for four weeks running, public confidence breaks.`,
    },
    cohesion: {
      label: 'Institutional cohesion',
      hint: () => 'How well federal, provincial and military institutions pull together.',
    },
    fiscalRoom: {
      label: 'Fiscal room',
      hint: () =>
        'Money left for operations, programmes and relief. At zero, a fiscal crisis ends the game.',
    },
    legitimacy: {
      label: 'International legitimacy',
      hint: () => "How the world judges Pakistan's conduct.",
    },
    deterrence: {
      label: 'Deterrence credibility',
      hint: () => 'Whether militants and Kabul believe attacks will be answered.',
    },
  } satisfies Record<MeterId, { label: string; hint: (t: Format) => string }>,
  eventKinds: {
    strike: 'Strike',
    attack: 'Attack',
    operation: 'Operation',
    closure: 'Closure',
    reopening: 'Reopening',
    talks: 'Talks',
    truce: 'Truce',
    displacement: 'Displacement',
    deportation: 'Deportation',
    statement: 'Statement',
    attribution: 'Attribution',
    policy: 'Policy',
    trade: 'Trade',
    incident: 'Border incident',
  } satisfies Record<WeekEventKind, string>,
};
