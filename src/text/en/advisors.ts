/** The five advisors in English: their titles, where each stands, and why each backs a response. */
import type { AdvisorId } from '../../engine';
import type { AdviceEntries, StanceEntries } from '../catalogue-types';

export const advisorTitles: Readonly<Record<AdvisorId, string>> = {
  military: 'Military command',
  foreign: 'Foreign Office',
  province: 'KP provincial government',
  finance: 'Finance',
  interior: 'Interior and intelligence',
};

const WEEK = { one: 'week', other: 'weeks' };
const ATTACK = { one: 'attack', other: 'attacks' };
/** " after 2 attacks last week", or nothing after a quiet week. */
const after = (attacks: number, t: { count: (n: number, f: typeof ATTACK) => string }) =>
  attacks > 0 ? ` after ${t.count(attacks, ATTACK)} last week` : '';

export const stances: StanceEntries = {
  'military/hold-the-line': (w, t) =>
    `We are at ${t.rung(w.rung).toLowerCase()} with deterrence at ${t.number(w.deterrence)}; hold the line and keep the camps under pressure.`,
  'military/answer': (w, t) =>
    `Deterrence ${w.fell ? 'has fallen to' : 'stands low at'} ${t.number(w.deterrence)}${after(w.attacks, t)}; we must answer.`,
  'military/keep-off-balance': (w, t) =>
    `Deterrence holds at ${t.number(w.deterrence)}${after(w.attacks, t)}; keep the militants off balance before they strike again.`,
  'foreign/room-shrinks': (w, t) =>
    `The ladder stands at ${t.rung(w.rung).toLowerCase()} and Kabul's hostility is ${t.number(w.hostility)}; every strike now shrinks the room to talk.`,
  'foreign/ceasefire': (w, t) =>
    `The ceasefire has ${t.count(w.weeks, WEEK)} left and talks stand at ${t.number(w.progress)}; give the mediators something to build on.`,
  'foreign/mediated-track': (w, t) =>
    `Kabul's hostility is ${t.number(w.hostility)} and talks stand at ${t.number(w.progress)}; a mediated track costs little and buys time.`,
  'province/cohesion-low': (w, t) =>
    `Cohesion with the federation is down to ${t.number(w.cohesion)}; operations decided without us lose the districts.`,
  'province/police-soft': (w, t) =>
    `Police in ${t.district(w.district)} stand at ${t.number(w.police)} against militant presence ${t.number(w.presence)}; our police are the softest target.`,
  'finance/no-costly-choices': (w, t) =>
    `Fiscal room is down to ${t.number(w.fiscalRoom)}; "${t.response(w.costliest)}" alone would cost ${t.number(w.cost)} of it. No costly choices now.`,
  'finance/closures-hurt': (w, t) =>
    `Crossings carrying ${t.number(w.share)}% of border trade are shut${w.tradeLost > 0 ? ` and $${t.number(w.tradeLost)}m of trade is lost so far` : ''}; closures hurt us as much as Kabul.`,
  'finance/spend-wisely': (w, t) =>
    `Fiscal room is ${t.number(w.fiscalRoom)}; spend on what pays back, not on what burns money.`,
  'interior/cells': (w, t) => {
    const cells = `cells in ${t.district(w.district)} have militant presence ${t.number(w.presence)} (mostly ${t.group(w.leader)})`;
    return w.unattributed > 0
      ? `${t.count(w.unattributed, { one: 'attack is', other: 'attacks are' })} still unattributed and ${cells}; we need arrests, not speeches.`
      : `The ${cells}; the next spectacle will come in a city, and we must find it first.`;
  },
};

export const advice: AdviceEntries = {
  'military/strike-camps': (w, t) =>
    `${t.province(w.province)} holds militant sanctuary of ${t.number(w.sanctuary)}; strikes there lift deterrence from ${t.number(w.deterrence)}.`,
  'military/leadership-strike': (w, t) =>
    `Our coverage of ${t.province(w.province)} is ${t.number(w.intel)}: a commander is in reach.`,
  'military/strike-taliban-posts': (w, t) =>
    `Kabul's hostility is ${t.number(w.hostility)}; make it pay for the sanctuaries.`,
  'military/area-clearance': (w, t) =>
    `${t.district(w.district)} has militant presence ${t.number(w.presence)} (mostly ${t.group(w.leader)}); a clearance cuts it hard.`,
  'military/intelligence-based-operations': (w, t) =>
    `Raids in ${t.district(w.district)} (militant presence ${t.number(w.presence)}) keep up pressure.`,
  'military/build-intelligence': (w, t) =>
    `Our coverage of ${t.province(w.province)} is ${t.number(w.intel)}; leaders there stay out of reach below 50.`,
  'foreign/propose-verification': (w, t) =>
    `Talks have reached ${t.number(w.progress)}; a joint mechanism is what makes a truce hold.`,
  'foreign/talks': (w, t) =>
    `${t.power(w.host)} ${w.offered ? 'has offered to host talks' : 'would host a round'} (its stance ${t.number(w.stance)}); talks stand at ${t.number(w.progress)}.`,
  'foreign/reopen-crossing': (w, t) =>
    `${t.crossing(w.crossing)} has been shut ${t.count(w.weeks, WEEK)}; reopening it is goodwill Kabul can see.`,
  'foreign/envoy-to-kabul': (w, t) =>
    `Kabul's hostility is ${t.number(w.hostility)} and its will to restrain the TTP ${t.number(w.restraint)}; an envoy moves both.`,
  'foreign/afghan-outreach': (w, t) =>
    `Hardliners hold ${t.number(w.hardliners)} in Kabul; quiet contacts with elders and traders weaken them.`,
  'foreign/raise-at-un': (w, t) =>
    `Legitimacy is ${t.number(w.legitimacy)}; table the UN monitors' findings.`,
  'foreign/pause-deportations': (w, t) =>
    `The UN's stance is ${t.number(w.stance)}; pausing forced returns wins it back.`,
  'province/police-capacity': (w, t) =>
    `Police in ${t.district(w.district)} are at ${t.number(w.police)} against militant presence ${t.number(w.presence)}; train and equip them.`,
  'province/harden-stations': (w, t) =>
    `Stations in ${t.district(w.district)} (police ${t.number(w.police)}) need walls now.`,
  'province/provincial-compact': (w, t) =>
    `Cohesion is ${t.number(w.cohesion)}; put federal money behind provincial police.`,
  'province/apex-committee': (w, t) =>
    `Cohesion is ${t.number(w.cohesion)}; get army, centre and province in one room.`,
  'province/jirga': (w, t) =>
    `Trust in ${t.district(w.district)} is ${t.number(w.trust)}; the elders must be heard first.`,
  'province/compensation': (w, t) =>
    `${t.count(w.displaced, { one: 'person is', other: 'people are' })} displaced from ${t.district(w.district)}; compensation brings them home.`,
  'province/development': (w, t) =>
    `${t.district(w.district)}'s economy is at ${t.number(w.economy)}; jobs and schools take recruits from the militants.`,
  'finance/gulf-support': (w, t) =>
    `Fiscal room is ${t.number(w.fiscalRoom)}; Gulf deposits buy time (Saudi stance ${t.number(w.saudi)}).`,
  'finance/reopen-crossing': (w, t) =>
    `${t.crossing(w.crossing)} carries ${t.number(w.share)}% of border trade; every week shut costs both economies.`,
  'finance/transit-guarantees': (w, t) =>
    `Afghan trade still leans on us (${t.number(w.dependence)}); keep it from moving to Iran.`,
  'finance/cpec-security': (w, t) =>
    `BLA strength is ${t.number(w.bla)}; CPEC is where Chinese money comes in (stance ${t.number(w.china)}).`,
  'finance/apex-committee': (w, t) =>
    `Coordination costs nothing and cohesion is ${t.number(w.cohesion)}.`,
  'finance/raise-at-un': (w, t) =>
    `Legitimacy is ${t.number(w.legitimacy)}; making our case at the UN is free.`,
  'finance/development': (w, t) =>
    `With fiscal room at ${t.number(w.fiscalRoom)}, jobs in ${t.district(w.district)} (economy ${t.number(w.economy)}) pay back.`,
  'finance/jirga': (w, t) =>
    `A jirga in ${t.district(w.district)} (trust ${t.number(w.trust)}) costs next to nothing.`,
  'interior/hunt-urban-cells': (w, t) =>
    `Cells in ${t.district(w.district)} have militant presence ${t.number(w.presence)}; arrests are the answer to urban plots.`,
  'interior/build-intelligence': (w, t) =>
    `Our coverage of ${t.province(w.province)} is ${t.number(w.intel)} against sanctuary ${t.number(w.sanctuary)}; plots there go unseen.`,
  'interior/speed-prosecutions': (w, t) =>
    `Deterrence is ${t.number(w.deterrence)}; arrests must end in verdicts to count.`,
  'interior/counter-drone': (w, t) =>
    `HGB (strength ${t.number(w.strength)}) flies quadcopters at ${t.district(w.district)}.`,
  'interior/accelerate-deportations': (w, t) =>
    `Public pressure is ${t.number(w.pressure)}; faster repatriation answers it, whatever it costs abroad.`,
  'interior/blame-kabul': (w, t) =>
    `Public pressure is ${t.number(w.pressure)}; name the sanctuaries.`,
};
