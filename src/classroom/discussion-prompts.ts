/**
 * Discussion prompts for a class: a few open questions for each ending and for each kind of
 * turning point a game can have. The facilitator guide prints them all; the debrief can show the
 * ones that fit a game. Questions ask students to reason from what happened in their game, never
 * to take a side in the real conflict.
 */
import type { EndingId } from '../engine';

export const ENDING_PROMPTS: Record<EndingId, readonly string[]> = {
  'open-war': [
    'Which week made war hard to avoid? What choice, by any side, could have stopped the climb?',
    'Who bears the cost of a war between the two states? Look at the scorecard on both sides of the line.',
    'Were the strikes answering a real threat? What else could have answered it?',
  ],
  'loss-of-confidence': [
    'Why did the public stop trusting the government? Was it the attacks, the answers to them, or both?',
    'Can a government that does too little lose as surely as one that does too much? Where is the line?',
    'What would have shown the public that the state was protecting them without escalating?',
  ],
  'fiscal-crisis': [
    'Which choices cost the most money, and which of them paid off?',
    'Closing the crossings hurt both economies. Who felt it first, and who felt it most?',
    'How should a state with little money choose between security, policing and development?',
  ],
  'strategic-reset': [
    'What made this result possible: one bold choice, or many patient ones?',
    'Which actors had to cooperate? What did each of them get?',
    'How long might this last? What could undo it in the next months?',
  ],
  'fragile-containment': [
    'The violence is held down, but nothing is settled. What is still missing for a lasting way out?',
    'Which of your choices would you keep? Which would you change if you played again?',
    'Is containment a success? For whom, and at what cost?',
  ],
  'forever-frontier': [
    'The cycle became routine. Which choices kept it turning, week after week?',
    'Why is a frontier that never calms called the worst outcome, even though there was no war?',
    'What would it take to break the cycle, and who would have to move first?',
  ],
};

/** The kinds of turning point the guide and the debrief speak of. */
export const TURNING_POINT_KINDS = [
  'deadly-attack',
  'strike-across-line',
  'ladder-climb',
  'crossing-closed',
  'talks-or-truce',
  'pressure-surge',
  'calm-week',
] as const;
export type TurningPointKind = (typeof TURNING_POINT_KINDS)[number];

export const TURNING_POINT_PROMPTS: Record<
  TurningPointKind,
  { title: string; prompts: readonly string[] }
> = {
  'deadly-attack': {
    title: 'A deadly attack',
    prompts: [
      'What pressure did the attack put on the government? Who demanded what?',
      'Who was blamed, and how sure could anyone be in that week? What did the intelligence say?',
      'Which answer would protect people best over the next month, not just the next day?',
    ],
  },
  'strike-across-line': {
    title: 'A strike across the line',
    prompts: [
      'What did the strike achieve against the militants, and what did it cost?',
      'How did Kabul, the mediators and the militants read it? Look at the Why? cards.',
      'Were civilians harmed? How does that change what happens next?',
    ],
  },
  'ladder-climb': {
    title: 'The escalation ladder climbed',
    prompts: [
      'Which moves, by which side, pushed the ladder up?',
      'Was there a moment when either side could have stepped back? Why did it not?',
    ],
  },
  'crossing-closed': {
    title: 'A crossing closed (or reopened)',
    prompts: [
      'Who gains leverage from a closed crossing, and who pays for it?',
      'Traders and families live on both sides. How do their lives change when the border shuts?',
    ],
  },
  'talks-or-truce': {
    title: 'Talks or a truce',
    prompts: [
      'Who mediated, and why would they want to?',
      'Who might want the talks to fail? What did they do?',
      'What would make a truce hold longer than a few weeks?',
    ],
  },
  'pressure-surge': {
    title: 'Public pressure surged',
    prompts: [
      'Why did the public demand a response? Is a visible answer always the right one?',
      'How can a government explain restraint to a frightened public?',
    ],
  },
  'calm-week': {
    title: 'An unexpectedly calm week',
    prompts: [
      'Why was this week quiet? Was it something the state did, or luck?',
      'What could the government do with a calm week that it cannot do in a crisis?',
    ],
  },
};
