/**
 * The meters at the top of the game (and their projector curtain), the escalation ladder's title,
 * the "Why did … change?" dialog and the causes it names.
 */
import type { Format } from '../../format';

export const meters = {
  listLabel: 'National meters',
  lowerIsBetter: 'lower is better',
  higherIsBetter: 'higher is better',
  thisWeek: 'this week',
  /** A meter's tooltip: its hint, then what the arrow means. */
  tooltip: (hint: string) => `${hint} The arrow shows which way is better.`,
  curtain: 'Meters hidden for discussion',
  show: 'Show meters',
  hide: 'Hide meters',
  announceHidden: 'Meters hidden for discussion.',
  /** One meter in the announcement: "Public pressure 42". */
  announceValue: (label: string, value: number, t: Format) => `${label} ${t.number(value)}`,
  announceSeparator: ', ',
  announceShown: (values: string) => `Meters shown: ${values}.`,
  escalation: 'Escalation',
  why: {
    title: (label: string) => `Why did ${label.toLowerCase()} change?`,
    week: (week: number, t: Format) => `Week ${t.number(week)}`,
    noChange: 'no change',
    higherIsWorse: 'Higher is worse.',
    higherIsBetter: 'Higher is better.',
    nothing: 'Nothing moved it this week.',
    whatMoved: 'What moved it',
  },
  /** What caused a change: the player's response, an actor's rule, an event or a slow force. */
  causes: {
    response: (title: string) => `Your response: “${title}”`,
    rule: (actor: string, title: string) => `${actor}: “${title}”`,
    event: (title: string) => `Event: “${title}”`,
    /** A slow force the catalogue has no words for, by its id. */
    slowForce: (id: string) => `A slow force (${id})`,
    drift: {
      'public-mood': 'Public anger cooling with time',
      passivity: 'Attacks left unanswered',
      'deterrence-fades': 'Deterrence fading with time',
      legitimacy: 'The world’s view drifting back towards neutral',
      'blame-game': 'Institutions blaming each other under high public pressure',
      cohesion: 'Institutions pulling together again as pressure eases',
      budget: 'The week’s budget: growth, less closed trade and any war footing',
      attribution: 'An attack attributed once the facts came in',
      recruitment: 'Militant recruitment',
      presence: 'Militants moving between districts',
      spread: 'Militants spreading to new districts',
      verification: 'The verification mechanism at work',
      'verification-lapses': 'The verification mechanism lapsing',
      trade: 'Trade lost at closed crossings',
      closure: 'Closed crossings weighing on local economies',
      'kabul-reroutes-trade': 'Kabul rerouting trade away from Pakistan',
      kabul: 'Kabul’s moods settling',
      interdependence: 'How much Kabul’s trade still depends on Pakistan',
      cooling: 'Tension cooling',
      truce: 'The truce',
      'talks-fade': 'Talks losing momentum',
      returns: 'Displaced people going home',
      'returns-flow': 'Afghans leaving Pakistan and Iran',
      timers: 'Measures running their course',
      curfew: 'The cost of a curfew',
    },
  },
};
