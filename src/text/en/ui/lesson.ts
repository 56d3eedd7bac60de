/** "Teach a class" (the lesson builder and its printed sheet) and "Class code" (joining a lesson). */
import type { Format } from '../../format';

const WEEKS = { one: 'week', other: 'weeks' };

export const lesson = {
  builder: {
    title: 'Teach a class',
    length: 'Lesson length',
    classLength: (weeks: number, t: Format) =>
      `Class length: ${t.count(weeks, WEEKS)}, graded on those weeks`,
    wholeScenario: (weeks: number, t: Format) => `The whole scenario: ${t.count(weeks, WEEKS)}`,
    options: 'Options',
    predictionsRequired: 'Predictions required (a justification and a prediction every week)',
    adviceAllowed: '“Take advice” allowed',
    crisisNumber: (seed: number, t: Format) =>
      `Crisis number ${t.plain(seed)}: every student with the code faces this one.`,
    anotherCrisis: 'Another crisis',
    make: 'Make class code',
    back: 'Back',
  },
  made: {
    title: 'Your class code',
    qrLabel: (code: string) => `QR code of the lesson link for class code ${code}`,
    howToJoin:
      'Students choose **Class code** on the title screen and type it, or open the lesson link:',
    copy: 'Copy lesson link',
    copied: 'The lesson link is copied.',
    notCopied: 'The link could not be copied: select it and copy it by hand.',
    print: 'Print lesson sheet',
    play: 'Play this lesson',
    change: 'Change the lesson',
  },
  sheet: {
    title: (scenario: string) => `Frontier Crisis lesson: ${scenario}`,
    facts: (
      weeks: number,
      difficulty: string,
      predictionsRequired: boolean,
      adviceAllowed: boolean,
      t: Format,
    ) =>
      [
        t.count(weeks, WEEKS),
        difficulty,
        predictionsRequired ? 'predictions required' : 'predictions optional',
        adviceAllowed ? 'advisors’ advice allowed' : 'no “Take advice”',
      ].join(' · '),
    classCode: 'Class code',
    orOpen: 'Or open',
    howStudentsJoin: 'How students join',
    joinSteps: [
      'Open the game, choose “Class code” and type the code above (or scan the QR code).',
      'Add a display name if you like: it stays in your browser and your save file.',
      'Everyone faces the same crisis: the same events follow the same decisions, so differences come from choices.',
    ],
    planTitle: (t: Format) => `A ${t.plain(45)}-minute plan`,
    plan: (weeks: number, t: Format) => [
      `${t.plain(5)} min — read the situation together; agree what success would look like.`,
      `${t.plain(25)} min — play ${t.count(weeks, WEEKS)}. Each week, write one line on why, and predict one reaction with a confidence.`,
      `${t.plain(15)} min — open the Debrief: compare endings, turning points and predictions; paste the result code into the class form.`,
    ],
    questionsTitle: 'Questions for the discussion',
    questions: [
      'Which week changed the course of your crisis, and could you have seen it coming?',
      'Which predictions came true? Were you over- or under-confident?',
      'Who paid the price of your decisions, on both sides of the border?',
      'What would you do differently at your turning point, and what would it cost?',
    ],
    respect:
      'This is a model of a real, ongoing conflict with real victims: discuss choices and their costs, not people or peoples.',
  },
  join: {
    title: 'Join a lesson',
    code: 'Class code',
    hint: (example: string) =>
      `Your teacher gives it on the board or the lesson sheet, like ${example}.`,
    name: 'Display name (optional)',
    nameHint: 'Kept only in this browser and in your save file; no account, nothing sent anywhere.',
    join: 'Join the lesson',
    back: 'Back',
  },
};
