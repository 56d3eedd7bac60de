/**
 * The five articles the model is built from, and the claims of theirs that the rules embody.
 * Every response, doctrine rule and event names one claim here (or a domain fact), so the
 * "Sources and assumptions" page can say why each mechanic exists. The wording is ours.
 */

/**
 * The five articles, named as far as the copies we worked from name them: a title, an author and an
 * outlet only where the copy gives one (null where it does not; never guessed).
 */
export interface Article {
  title: string | null;
  author: string | null;
  outlet: string | null;
  /** What it is about, in our words (names an untitled article). */
  subject: string;
}

export const ARTICLES = {
  'border-strikes': {
    title: "The 29 Militants Killed On Pakistan's Border May Not Be The End Of The Crisis",
    author: null,
    outlet: null,
    subject:
      'the Karachi Rangers attack, the 29 militants killed in reply, and the retaliation cycle',
  },
  'seven-camps': {
    title: null,
    author: null,
    outlet: null,
    subject: 'the strikes on seven camps and the regional security recalibration',
  },
  'ghazab-lil-haq': {
    title: null,
    author: null,
    outlet: null,
    subject: 'Operation Ghazab-Lil-Haq and the Durand Line turning point',
  },
  'practical-containment': {
    title: null,
    author: null,
    outlet: 'The News, republished by PK Press Club',
    subject: 'the case for calibrated cross-border force ("practical containment")',
  },
  'after-the-airstrikes': {
    title:
      'After the Airstrikes: Is Pakistan Heading Towards Escalation or a Strategic Reset with Afghanistan?',
    author: 'Shamim Shahid',
    outlet: null,
    subject: 'the case for a political, diplomatic and people-centred strategy',
  },
} as const satisfies Record<string, Article>;
export type ArticleId = keyof typeof ARTICLES;

/** A claim the model leans on: an argument of an article, or a fact of domain.md. */
export interface Claim {
  /** The assumption in plain words, as the Sources page shows it. */
  assumption: string;
  /** Where it comes from: an article, or 'domain' for the facts file. */
  from: readonly (ArticleId | 'domain')[];
  /** ✅ established, ⚠️ contested, ❓ unconfirmed, or 'argument' for an article's reasoning. */
  confidence: 'established' | 'contested' | 'unconfirmed' | 'argument';
}

export const CLAIMS = {
  'retaliation-cycle': {
    assumption:
      'A strike on militants can disrupt them for a while, but it also gives them a reason to strike back to show they survived.',
    from: ['border-strikes', 'after-the-airstrikes'],
    confidence: 'argument',
  },
  'passivity-costs': {
    assumption:
      'When attacks go unanswered, public pressure rises and the state looks weak; doing nothing is not free.',
    from: ['border-strikes', 'practical-containment'],
    confidence: 'argument',
  },
  'strikes-recruit': {
    assumption:
      'Civilian harm from strikes feeds militant recruitment and anger on both sides of the line.',
    from: ['border-strikes', 'seven-camps', 'after-the-airstrikes'],
    confidence: 'argument',
  },
  'strikes-restore-deterrence': {
    assumption:
      'Calibrated strikes signal that a threshold was crossed and restore deterrence for a time.',
    from: ['practical-containment', 'ghazab-lil-haq'],
    confidence: 'argument',
  },
  'kabul-answers-strikes': {
    assumption:
      'Kabul answers strikes on its soil with fire on border posts and with words, not restraint.',
    from: ['domain', 'ghazab-lil-haq'],
    confidence: 'established',
  },
  'kabul-constrained': {
    assumption:
      "Kabul denies hosting the TTP; cracking down on it risks the Taliban's own unity, so pressure moves it slowly and humiliation hardens it.",
    from: ['ghazab-lil-haq', 'practical-containment', 'after-the-airstrikes'],
    confidence: 'argument',
  },
  'hardliners-strengthened': {
    assumption: 'Heavy force and civilian harm strengthen hardliners in Kabul.',
    from: ['ghazab-lil-haq', 'after-the-airstrikes'],
    confidence: 'argument',
  },
  'policing-slow': {
    assumption:
      'Better policing, intelligence and prosecutions pay off slowly but durably, and police are the softest target in southern Khyber Pakhtunkhwa.',
    from: ['after-the-airstrikes', 'domain'],
    confidence: 'argument',
  },
  'coordination-matters': {
    assumption:
      'Counter-terrorism needs federal, provincial and military institutions aligned; friction between them weakens every tool.',
    from: ['after-the-airstrikes'],
    confidence: 'argument',
  },
  'community-trust': {
    assumption:
      'Communities that feel protected cooperate; heavy-handed operations and displacement turn them silent.',
    from: ['after-the-airstrikes'],
    confidence: 'argument',
  },
  'closures-cut-both-ways': {
    assumption:
      'Closing crossings hurts both economies at once and only slowly reduces Afghan dependence on Pakistan, as trade moves to Iran.',
    from: ['domain', 'ghazab-lil-haq'],
    confidence: 'established',
  },
  interdependence: {
    assumption: 'Trade and transit give both sides a stake in calm.',
    from: ['after-the-airstrikes', 'ghazab-lil-haq'],
    confidence: 'argument',
  },
  'deportations-resentment': {
    assumption:
      'Abrupt deportations are popular at home but cause hardship, anger in Afghanistan and criticism from the UN.',
    from: ['after-the-airstrikes', 'domain'],
    confidence: 'argument',
  },
  'mediation-buys-time': {
    assumption:
      'Mediated ceasefires (Doha, Istanbul, Riyadh, Urumqi) buy time, but they collapse after mass-casualty attacks unless attacks fall.',
    from: ['domain', 'ghazab-lil-haq'],
    confidence: 'established',
  },
  verification: {
    assumption:
      'A lasting settlement needs verifiable commitments: joint monitoring under third-party facilitation and intelligence sharing.',
    from: ['practical-containment', 'ghazab-lil-haq', 'seven-camps'],
    confidence: 'argument',
  },
  'china-cpec': {
    assumption: 'China wants CPEC safe and the crisis quiet, and offers to host talks.',
    from: ['seven-camps', 'ghazab-lil-haq', 'domain'],
    confidence: 'established',
  },
  'gulf-leverage': {
    assumption:
      'Saudi Arabia and the UAE have money and mediation leverage; Qatar and Türkiye run processes.',
    from: ['domain', 'after-the-airstrikes'],
    confidence: 'established',
  },
  'iran-transit': {
    assumption:
      'Iran gains Afghan transit trade when Pakistan closes crossings, and also deports Afghans.',
    from: ['domain'],
    confidence: 'established',
  },
  'un-counts': {
    assumption: 'The UN counts civilian harm and opposes forced returns.',
    from: ['domain'],
    confidence: 'established',
  },
  'attribution-fog': {
    assumption:
      'Claims for attacks are often missing, false or disputed for a while; blaming quickly raises the risk of escalation.',
    from: ['domain', 'border-strikes'],
    confidence: 'contested',
  },
  'urban-spectacle': {
    assumption:
      'Jamaat-ul-Ahrar seeks urban spectacle to embarrass the state; an urban attack moves public opinion more than a remote one.',
    from: ['border-strikes', 'domain'],
    confidence: 'argument',
  },
  'iskp-sectarian': {
    assumption: 'ISKP attacks Shia and rival religious targets and is hostile to the Taliban too.',
    from: ['domain'],
    confidence: 'established',
  },
  'bla-cpec': {
    assumption:
      'The BLA is a separatist group that targets CPEC, Chinese nationals and trains; it exploits the Afghan crisis but is not driven by it.',
    from: ['domain'],
    confidence: 'established',
  },
  'hgb-waziristan': {
    assumption:
      'The Hafiz Gul Bahadur group fights from North Waziristan with rear bases in Khost and Paktika.',
    from: ['domain'],
    confidence: 'established',
  },
  spoilers: {
    assumption: 'Militant groups try to spoil talks with attacks timed to wreck them.',
    from: ['domain'],
    confidence: 'argument',
  },
  'normalised-cycle': {
    assumption:
      'The worst likely outcome is not one war but a frontier that never fully explodes and never truly calms.',
    from: ['border-strikes', 'ghazab-lil-haq'],
    confidence: 'argument',
  },
  'open-war-risk': {
    assumption:
      'Repeated strikes and counter-strikes raise the risk of miscalculation; neither side wants full war, but it can come.',
    from: ['ghazab-lil-haq'],
    confidence: 'argument',
  },
  'legitimacy-carries': {
    assumption:
      'Standing abroad is contested ground: mediators, monitors and lenders lean in for a side the world sees acting within bounds, and away from one it does not.',
    from: ['border-strikes', 'practical-containment', 'after-the-airstrikes'],
    confidence: 'argument',
  },
  'fiscal-strain': {
    assumption:
      'Pakistan is under fiscal strain; sustained operations and lost trade eat into its room.',
    from: ['ghazab-lil-haq', 'after-the-airstrikes'],
    confidence: 'argument',
  },
  'human-cost': {
    assumption: 'Behind every figure is a family: the cost is counted on both sides of the line.',
    from: ['after-the-airstrikes', 'domain'],
    confidence: 'argument',
  },
  'fence-limits': {
    assumption:
      'The fence slows infiltration but the border stays porous; Kabul contests the fence.',
    from: ['domain', 'practical-containment'],
    confidence: 'established',
  },
  'afghan-society': {
    assumption:
      'Outreach to Afghan elders and society, not only the Taliban, builds goodwill that force erodes.',
    from: ['after-the-airstrikes'],
    confidence: 'argument',
  },
  'deterrence-contested': {
    assumption:
      'Deterrence is real but contested and short-lived: a strike makes militants answer within days to prove they survived, and can make unprovoked attacks rarer for some weeks after, while the signal lasts.',
    from: ['border-strikes', 'ghazab-lil-haq', 'practical-containment'],
    confidence: 'argument',
  },
  'proportionate-answer': {
    assumption:
      'The public judges an answer by whether it reached the group that attacked, or where it operates, and by what it achieved; a raid elsewhere is not an answer.',
    from: ['border-strikes', 'practical-containment'],
    confidence: 'argument',
  },
  'attacks-follow-capability': {
    assumption:
      'Militant violence follows capability: stronger, more confident groups with footholds attack more often, networks regroup and spread along the frontier, and a few bombings of crowds or cities kill scores.',
    from: ['border-strikes', 'after-the-airstrikes', 'domain'],
    confidence: 'argument',
  },
  'outcomes-not-effort': {
    assumption:
      'Success is measured by fewer successful attacks and deaths than the crisis would bring anyway, and by weaker militant groups, not by how much was done; foiled plots are counted apart.',
    from: ['border-strikes', 'practical-containment', 'after-the-airstrikes'],
    confidence: 'argument',
  },
  'diplomatic-space-shrinks': {
    assumption:
      'Each strike shrinks diplomatic space: it ends a truce, sets talks back and breaks trust in any monitoring it bypassed, which must then be rebuilt.',
    from: ['practical-containment', 'ghazab-lil-haq'],
    confidence: 'argument',
  },
  miscalculation: {
    assumption:
      'Repeated strikes, civilian harm and contested border works carry a small risk that a clash grows into an offensive neither side planned.',
    from: ['ghazab-lil-haq', 'border-strikes'],
    confidence: 'argument',
  },
} as const satisfies Record<string, Claim>;
export type ClaimId = keyof typeof CLAIMS;

/**
 * The mechanisms that are not a response, a doctrine rule or an event (the slow forces of drifts.ts,
 * the odds of doctrine-runner.ts, the grade of endings.ts), each with the claims it rests on, so
 * the Sources page can name them too.
 */
export const MECHANISMS: readonly { title: string; sources: readonly ClaimId[] }[] = [
  {
    title: 'the final grade (attacks and deaths against the crisis left alone, militant strength)',
    sources: ['outcomes-not-effort', 'normalised-cycle'],
  },
  {
    title: 'passivity (attacks no action answered raise public pressure)',
    sources: ['passivity-costs', 'proportionate-answer'],
  },
  {
    title:
      "the odds of an attack (capability, footholds, sanctuary, deterrence, Kabul's restraint, trade)",
    sources: ['attacks-follow-capability', 'deterrence-contested', 'kabul-constrained'],
  },
  { title: 'deterrence fading week by week', sources: ['deterrence-contested'] },
  {
    title: 'militants spreading into thin districts and rebuilding cells',
    sources: ['attacks-follow-capability', 'fence-limits'],
  },
  {
    title: 'police and community trust squeezing militants out',
    sources: ['policing-slow', 'community-trust', 'coordination-matters'],
  },
  {
    title: 'strikes ending truces, costing talks and suspending verification; monitors lapsing',
    sources: ['diplomatic-space-shrinks', 'verification'],
  },
  {
    title: "Afghan trade moving to Iran, never below a floor; Afghan traders' losses",
    sources: ['closures-cut-both-ways', 'iran-transit', 'interdependence'],
  },
  {
    title: 'the weekly flow of Afghans returned from Pakistan and Iran',
    sources: ['deportations-resentment', 'human-cost', 'iran-transit'],
  },
  {
    title: 'a false public blame costing credibility once, when the truth comes out',
    sources: ['attribution-fog'],
  },
  {
    title: 'hardliners holding ground while the Afghan dead are remembered',
    sources: ['hardliners-strengthened', 'human-cost'],
  },
  {
    title: 'the border falling calm after quiet weeks; talks can be held at Calm',
    sources: ['normalised-cycle', 'mediation-buys-time'],
  },
  {
    title: 'legitimacy scaling what talks, verification proposals and Gulf requests win',
    sources: ['legitimacy-carries', 'gulf-leverage', 'verification'],
  },
  {
    title: 'trade through open crossings drawing Kabul toward restraint, and calming its answers',
    sources: ['interdependence', 'kabul-constrained'],
  },
  {
    title: 'fiscal room paying for police programmes, or starving them',
    sources: ['fiscal-strain', 'policing-slow'],
  },
];
