/**
 * The glossary: the names and terms a newcomer meets, in plain words, shared by the game's Glossary
 * and the facilitator guide. Each entry's marks are how the language's texts write the term, where
 * the briefing and the report mark it (none: not marked).
 */

import type { Format } from '../../format';

/** How the texts write a term, each spelling marked where it first appears. */
const marks = (...spellings: string[]): readonly string[] => spellings;

export const glossary = {
  title: 'Glossary',
  intro:
    'The names and terms of the crisis in plain words. In the briefing and the report, a term is underlined with dots where it first appears: point at it for its meaning, or choose it to open it here.',
  entries: {
    'durand-line': {
      term: 'Durand Line',
      meaning: (t: Format) =>
        `The ${t.plain(1893)} line that serves as the Pakistan–Afghanistan border, about ${t.number(2600)} km long. No Afghan government, the Taliban included, has recognised it.`,
      marks: marks('Durand Line'),
    },
    kp: {
      term: 'Khyber Pakhtunkhwa (KP)',
      meaning: (t: Format) =>
        `The Pakistani province along most of the border. The former tribal areas were merged into it in ${t.plain(2018)}.`,
      marks: marks('KP'),
    },
    'taliban-authorities': {
      term: 'Taliban authorities (the Islamic Emirate)',
      meaning: (t: Format) =>
        `The government in Kabul since August ${t.plain(2021)}. Few states recognise it. It denies that it shelters militant groups.`,
      marks: marks(),
    },
    ttp: {
      term: 'TTP (Tehrik-i-Taliban Pakistan)',
      meaning: (t: Format) =>
        `The Pakistani Taliban, a militant movement that mostly attacks Pakistan’s security forces and wants the ${t.plain(2018)} merger reversed. Pakistan’s government calls it “Fitna al-Khawarij”.`,
      marks: marks('TTP'),
    },
    jua: {
      term: 'Jamaat-ul-Ahrar (JuA)',
      meaning:
        'A semi-autonomous faction of the TTP known for attacks in cities. Its claims are sometimes contradicted from within.',
      marks: marks('JuA'),
    },
    iskp: {
      term: 'ISKP',
      meaning:
        'The Islamic State’s branch in the region; an enemy of both the Taliban and the TTP, responsible for sectarian mass-casualty attacks.',
      marks: marks('ISKP'),
    },
    hgb: {
      term: 'Hafiz Gul Bahadur group (HGB)',
      meaning:
        'A militant group based in North Waziristan, with rear bases reported across the line in Khost and Paktika.',
      marks: marks('HGB'),
    },
    bla: {
      term: 'BLA (Balochistan Liberation Army)',
      meaning:
        'A secular separatist group in Balochistan that targets the China–Pakistan Economic Corridor and Chinese nationals. Pakistan alleges Indian backing for Baloch separatists; India denies it (contested).',
      marks: marks('BLA'),
    },
    cpec: {
      term: 'CPEC',
      meaning:
        'The China–Pakistan Economic Corridor: roads, ports and power projects that China wants kept safe.',
      marks: marks('CPEC'),
    },
    crossings: {
      term: 'Torkham and Chaman',
      meaning:
        'The two busiest border crossings. Closing them hurts traders and families on both sides and slowly pushes Afghan trade towards Iran.',
      marks: marks(),
    },
    'por-card': {
      term: 'PoR card',
      meaning: (t: Format) =>
        `Proof of Registration: the card that let registered Afghan refugees stay in Pakistan. Many expired in ${t.plain(2025)} as deportations sped up.`,
      marks: marks('PoR'),
    },
    ctd: {
      term: 'CTD',
      meaning:
        'The Counter-Terrorism Department: provincial police units that investigate and prosecute militant cells.',
      marks: marks('CTD'),
    },
    'apex-committee': {
      term: 'Apex committee',
      meaning:
        'A meeting of the civilian government and the military leadership, national or provincial, that coordinates the response to militancy. In the game, convening it holds the cabinet together for a while.',
      marks: marks('apex committee'),
    },
    ispr: {
      term: 'ISPR',
      meaning:
        'Inter-Services Public Relations, the Pakistani military’s press office. Many casualty figures come from it and are not independently verified.',
      marks: marks('ISPR'),
    },
    'unama-unhcr': {
      term: 'UNAMA and UNHCR',
      meaning:
        'The UN mission in Afghanistan (which counts civilian casualties) and the UN refugee agency (which opposes forced returns).',
      marks: marks('UNAMA', 'UNHCR'),
    },
    deterrence: {
      term: 'Deterrence',
      meaning:
        'Whether militants and Kabul believe that an attack will be answered. In the game, a meter that force raises for a while.',
      marks: marks(),
    },
    'escalation-ladder': {
      term: 'Escalation ladder',
      meaning:
        'The game’s track of the state of relations with Kabul, from calm through rhetoric, border incidents, cross-border strikes and sustained hostilities to open war.',
      marks: marks('escalation ladder'),
    },
    attribution: {
      term: 'Attribution',
      meaning:
        'Saying who carried out an attack. It is often unclear or disputed for days; blaming quickly and wrongly has consequences.',
      marks: marks(),
    },
    'verification-mechanism': {
      term: 'Verification mechanism',
      meaning: (t: Format) =>
        `A joint arrangement, discussed at the Istanbul talks in ${t.plain(2025)}, to check that each side keeps its promises. In the game, part of a strategic reset.`,
      marks: marks('verification mechanism'),
    },
    'retaliation-cycle': {
      term: 'Retaliation cycle',
      meaning:
        'Attack, identification, strike, and a new attack to show the militants survived: the pattern the game is built to make felt.',
      marks: marks(),
    },
    'forever-frontier': {
      term: 'Forever frontier',
      meaning:
        'The game’s worst non-war ending: a frontier that never fully explodes and never truly calms.',
      marks: marks(),
    },
  },
};
