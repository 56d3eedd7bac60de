/** The week's events in English: one sentence (or two) per event id the engine emits. */
import type { AttackStyle } from '../../engine';
import type { EventEntries } from '../catalogue-types';

const STYLE: Record<AttackStyle, string> = {
  security: 'attack a security post',
  police: 'attack police',
  urban: 'strike a city target',
  sectarian: 'bomb a crowded gathering',
  cpec: 'attack a CPEC-linked target',
  quadcopter: 'drop explosives from quadcopters on a police station',
  spoiler: 'attack troops to wreck the talks',
};

const SOLDIERS = { one: 'soldier', other: 'soldiers' };
const CIVILIANS = { one: 'civilian', other: 'civilians' };
const MILITANTS = { one: 'militant', other: 'militants' };
const AFGHAN_CIVILIANS = { one: 'Afghan civilian', other: 'Afghan civilians' };

/** "About 31,000": a large number of people to the nearest thousand. */
const thousands = (people: number, t: { number(value: number): string }) =>
  t.number(Math.round(people / 1000) * 1000);

export const events: EventEntries = {
  // Scenario events.
  'captured-attacker': () =>
    'The military says the attacker captured in Karachi is an Afghan national. Kabul says no Afghan soil was used. The claim cannot be checked independently.',
  'red-crescent-count': () =>
    "The Afghan Red Crescent reports 18 dead in Nangarhar from last week's strikes; Kabul says they were civilians, Islamabad says militants. The figure is disputed.",
  'istanbul-round': (w) =>
    w.truceHeld
      ? 'In Istanbul the delegations extend the truce and agree "in principle" to a monitoring and verification mechanism. Details are left for later.'
      : 'In Istanbul the delegations meet although the truce has lapsed, and agree "in principle" to a monitoring and verification mechanism. Details are left for later.',
  'istanbul-collapse': () =>
    'A further Istanbul round breaks up without agreement; each side accuses the other of bad faith.',
  'capital-bombing': () =>
    'The government blames a TTP cell for the Islamabad court bombing; a Jamaat-ul-Ahrar claim is contradicted from within the group. In Wana, an assault on the cadet college is foiled.',
  'riyadh-offer': () => 'Saudi Arabia invites both delegations to Riyadh.',
  'soldiers-freed': () => 'Kabul hands three captured Pakistani soldiers to Saudi mediators.',
  'eid-truce-request': () =>
    'Saudi Arabia, Qatar and Türkiye jointly ask both sides for an Eid truce and offer to host talks.',
  'urumqi-pledge': () =>
    'China invites both sides to Urumqi and presses for a pledge of no further escalation.',
  'medicine-ban': () =>
    'Kabul bans imports of Pakistani medicines and gives traders months to find other suppliers.',
  'contested-hospital-strike': () =>
    'Kabul says a strike hit a drug-rehabilitation hospital and killed hundreds; Pakistan says it hit an ammunition depot. The UN rights office asks for an investigation. Both claims are contested.',
  'quadcopter-spread': () =>
    'Militants in Bannu and North Waziristan adopt cheap quadcopters to drop explosives on police posts.',
  'bla-designation': () =>
    'Washington designates the BLA and its Majeed Brigade a foreign terrorist organisation.',
  'saudi-defence-pact': () =>
    'Pakistan and Saudi Arabia sign a Strategic Mutual Defence Agreement.',

  // Strikes, attacks, displacement and crossings.
  strike: (w, t) => {
    const what =
      w.target === 'camps' ? 'strikes militant camps' : 'strikes Taliban posts and military sites';
    const groups = w.groups.map((g) => t.group(g)).join(', ') || 'no known group';
    const harm =
      w.civilians > 0
        ? ` Kabul and local officials report ${t.count(w.civilians, CIVILIANS)} killed; Islamabad disputes the figure.`
        : ' No civilian deaths are reported.';
    return `Pakistan ${what} in ${t.province(w.province)} (${groups}). It claims ${t.count(w.militants, MILITANTS)} killed.${harm}`;
  },
  'truce-broken-by-strike': () => 'Kabul declares the ceasefire broken by the Pakistani strike.',
  'verification-suspended-by-strike': () =>
    'Kabul suspends the joint verification mechanism: Pakistan struck without waiting for the monitors.',
  displacement: (w, t) =>
    `About ${t.count(w.people, { one: 'person', other: 'people' })} leaves their homes in ${t.district(w.district)}.`,
  'crossing-closed': (w, t) =>
    `${w.by === 'kabul' ? 'Kabul' : 'Pakistan'} shuts the ${t.crossing(w.crossing)} crossing; lorries queue on both sides.`,
  'crossing-reopened': (w, t) =>
    `The ${t.crossing(w.crossing)} crossing reopens to trade and travellers.`,
  'attack-foiled': (w, t) =>
    `Militants try to ${STYLE[w.style]} in ${t.district(w.district)}; the attack is foiled.`,
  attack: (w, t) => {
    const claim =
      w.claimedBy === 'none' ? 'No group has claimed it.' : `${t.group(w.claimedBy)} claims it.`;
    const toll = `${t.count(w.soldiers, SOLDIERS)}, ${t.count(w.police, { one: 'police officer', other: 'police' })}, ${t.count(w.civilians, CIVILIANS)}`;
    const deadliest = w.massCasualty ? ' It is one of the deadliest attacks in years.' : '';
    return `Militants ${STYLE[w.style]} in ${t.district(w.district)}: ${t.number(w.deaths)} killed (${toll}).${deadliest} ${claim}`;
  },
  'truce-collapses-after-attack': (w, t) =>
    `The ceasefire collapses after the ${t.district(w.district)} attack; each side blames the other.`,

  // Drifts.
  attribution: (w, t) => {
    const place = t.district(w.district);
    const author = t.group(w.author);
    const finding =
      w.claimedBy === w.author
        ? `Investigators confirm ${author} was behind the ${place} attack.`
        : `Investigators now attribute the ${place} attack to ${author}${w.claimedBy === 'none' ? '' : `, not ${t.group(w.claimedBy)} as first claimed`}.`;
    const hollow = w.blameRingsHollow
      ? ` Islamabad had blamed Kabul, but ${author} is no friend of the Taliban; the accusation rings hollow abroad.`
      : '';
    return finding + hollow;
  },
  'kabul-reroutes-trade': () =>
    'Kabul tells Afghan traders to reroute through Iran and Central Asia and restricts imports from Pakistan.',
  'truce-runs-out': () => 'The ceasefire runs out without being renewed.',
  'verification-lapses': () =>
    'With no round of talks for weeks, the joint monitors stop meeting; the verification mechanism lapses until it is renewed.',

  // Reactions of Kabul and the powers.
  'border-fire': (w, t) =>
    `Taliban forces fire on Pakistani border posts in ${t.district(w.district)}: ${t.count(w.soldiers, SOLDIERS)} killed. Kabul calls it a response to violations of Afghan soil.`,
  offensive: (w, t) =>
    `Taliban forces launch a "retaliatory offensive" along the border near ${t.district(w.district)}: ${t.count(w.soldiers, SOLDIERS)} and ${t.count(w.civilians, CIVILIANS)} killed by fire and shelling. Kabul claims far more.`,
  'kabul-declares-war': () =>
    'Kabul mobilises along the whole frontier and declares that Afghanistan is at war with Pakistan.',
  'ttp-moved-from-border': () =>
    'Reports say the Taliban have moved some TTP fighters and families away from the border, while publicly denying they are there.',
  'kabul-rejects-accusation': () =>
    "Kabul's spokesman rejects Pakistan's accusations as an attempt to hide its own security failures.",
  'kabul-goodwill': () =>
    'Kabul releases detained Pakistani traders and calls for brotherly relations.',
  'mediation-offered': (w, t) =>
    `${t.power(w.power)} offers to host talks between Islamabad and Kabul.`,
  'funding-signalled': (w, t) =>
    `${t.power(w.power)} signals it would roll over deposits if asked.`,
  'restraint-urged': (w, t) =>
    `${t.power(w.power)} calls on both sides to show restraint and return to dialogue.`,
  'iran-transit-fees': () =>
    'Iran cuts port fees for Afghan cargo; more Afghan trade moves through Iranian ports.',
  'iran-returns': (w, t) =>
    `Iran sends about ${thousands(w.people, t)} Afghans back across its border this week; aid agencies warn of crowded camps.`,
  'un-harm-report': (w, t) =>
    `UN monitors record ${t.count(w.civilians, AFGHAN_CIVILIANS)} killed in cross-border strikes this week and call for an investigation.`,
  'un-criticises-returns': () =>
    'The UN refugee agency urges Pakistan to halt forced returns to Afghanistan.',
  sanctions: (w, t) => `Washington adds ${t.group(w.group)} leaders to its sanctions list.`,
  'cpec-tranche': () => 'China releases a delayed tranche for CPEC projects.',

  // Pakistan's responses.
  'leadership-hit': (w, t) =>
    `A strike in ${t.province(w.province)} kills a senior ${t.group(w.group)} commander, officials say.`,
  'leadership-missed': (w, t) =>
    `A strike in ${t.province(w.province)} misses its target; the ${t.group(w.group)} commander is said to have moved days before.`,
  'un-strike-report': (w, t) =>
    `UN monitors report ${t.count(w.civilians, AFGHAN_CIVILIANS)} killed in the strikes on ${t.province(w.province)}; Pakistan says it hit only military targets.`,
  raids: (w, t) =>
    `Intelligence-based operations in ${t.district(w.district)}: ${t.count(w.militants, MILITANTS)} reported killed, ${t.count(w.soldiers, SOLDIERS)} lost.`,
  clearance: (w, t) =>
    `A clearance operation sweeps ${t.district(w.district)}: ${t.count(w.militants, MILITANTS)} reported killed; ${t.count(w.soldiers, SOLDIERS)} and ${t.count(w.civilians, CIVILIANS)} die.`,
  curfew: (w, t) =>
    `A curfew is imposed on ${t.district(w.district)}; roads are closed and markets shut.`,
  'ctd-arrests': (w, t) =>
    `Counter-terrorism police in ${t.district(w.district)} break up cells and arrest ${t.count(w.suspects, { one: 'suspect', other: 'suspects' })}.`,
  'counter-drone': (w, t) =>
    `Counter-drone teams deploy around police stations in ${t.district(w.district)}.`,
  'intelligence-coverage': (w, t) =>
    `Intelligence agencies widen their coverage of ${t.province(w.province)}.`,
  'police-expansion': (w, t) => `A police and CTD expansion begins in ${t.district(w.district)}.`,
  'stations-fortified': (w, t) => `Police stations in ${t.district(w.district)} are fortified.`,
  'speed-prosecutions': () => 'Anti-terrorism courts get new benches and witness protection.',
  'fence-repaired': (w, t) =>
    `Engineers repair the fence and build forts along the line in ${t.district(w.district)}.`,
  'transit-guarantees': () =>
    'Islamabad offers Afghan traders faster customs and protected transit from Karachi port.',
  deportations: (w, t) =>
    `About ${thousands(w.people, t)} Afghans are sent back across the border this week; the UN refugee agency objects.`,
  'pause-deportations': () =>
    'Proof-of-Registration cards are extended and forced returns are paused.',
  development: (w, t) =>
    `A development package for ${t.district(w.district)} is announced: roads, schools and jobs.`,
  compensation: (w, t) =>
    `Families in ${t.district(w.district)} receive compensation; ${t.count(w.returning, { one: 'displaced person returns', other: 'displaced people return' })} home.`,
  'cpec-security': () => 'A new security division is funded for CPEC projects and Chinese workers.',
  'gulf-deposits': (w, t) =>
    `Gulf partners agree deposits and deferred payments${w.offered ? ', as they had offered' : ''}; fiscal room grows by ${t.number(w.amount)}.`,
  'blame-kabul': () =>
    'Islamabad says the recent attacks were planned on Afghan soil and holds Kabul responsible.',
  'ulema-edict': () =>
    'Hundreds of religious scholars sign an edict declaring suicide attacks and attacks on the state forbidden.',
  'apex-committee': () =>
    'The apex committee meets: federal, provincial and military leaders agree a joint plan.',
  'provincial-compact': () =>
    'Islamabad and Peshawar sign a security compact: shared funds, joint command of counter-terrorism police.',
  jirga: (w, t) =>
    `A jirga of ${t.district(w.district)} elders agrees to back the police${w.returning > 0 ? `; ${t.count(w.returning, { one: 'displaced person goes', other: 'displaced people go' })} home` : ''}.`,
  'talks-round': (w, t) =>
    `Delegations meet in ${t.talksCity(w.host)} under ${t.power(w.host)}'s auspices; talks progress from ${t.number(w.before)} to ${t.number(w.after)}.`,
  'truce-agreed': (w, t) =>
    `A ceasefire is agreed in ${t.talksCity(w.host)} for ${t.count(w.weeks, { one: 'week', other: 'weeks' })}. Guns fall quiet on the border — for now.`,
  'verification-accepted': () =>
    'Kabul accepts a joint verification mechanism: monitors will check claims of cross-border attacks.',
  'verification-rejected': () =>
    'Kabul rejects a verification mechanism as an insult to its sovereignty; talks stall.',
  'envoy-to-kabul': () => "Pakistan's special envoy meets Taliban ministers in Kabul.",
  'raise-at-un': () =>
    'Pakistan briefs the Security Council on TTP sanctuaries in Afghanistan; Kabul calls it slander.',
  'afghan-outreach': () =>
    'Pakistani officials quietly host Afghan tribal elders, scholars and traders.',
};
