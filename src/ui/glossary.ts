/**
 * The glossary: the names and terms a newcomer meets, in plain words, shared by the game's Glossary
 * and the facilitator guide; and the marking of each term where it first appears in a panel's text.
 */

export interface GlossaryEntry {
  term: string;
  meaning: string;
  /** How the term is written in the game's text, where it is marked (none: not marked). */
  marks: readonly string[];
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    term: 'Durand Line',
    meaning:
      'The 1893 line that serves as the Pakistan–Afghanistan border, about 2,600 km long. No Afghan government, the Taliban included, has recognised it.',
    marks: ['Durand Line'],
  },
  {
    term: 'Khyber Pakhtunkhwa (KP)',
    meaning:
      'The Pakistani province along most of the border. The former tribal areas were merged into it in 2018.',
    marks: ['KP'],
  },
  {
    term: 'Taliban authorities (the Islamic Emirate)',
    meaning:
      'The government in Kabul since August 2021. Few states recognise it. It denies that it shelters militant groups.',
    marks: [],
  },
  {
    term: 'TTP (Tehrik-i-Taliban Pakistan)',
    meaning:
      'The Pakistani Taliban, a militant movement that mostly attacks Pakistan’s security forces and wants the 2018 merger reversed. Pakistan’s government calls it “Fitna al-Khawarij”.',
    marks: ['TTP'],
  },
  {
    term: 'Jamaat-ul-Ahrar (JuA)',
    meaning:
      'A semi-autonomous faction of the TTP known for attacks in cities. Its claims are sometimes contradicted from within.',
    marks: ['JuA'],
  },
  {
    term: 'ISKP',
    meaning:
      'The Islamic State’s branch in the region; an enemy of both the Taliban and the TTP, responsible for sectarian mass-casualty attacks.',
    marks: ['ISKP'],
  },
  {
    term: 'Hafiz Gul Bahadur group (HGB)',
    meaning:
      'A militant group based in North Waziristan, with rear bases reported across the line in Khost and Paktika.',
    marks: ['HGB'],
  },
  {
    term: 'BLA (Balochistan Liberation Army)',
    meaning:
      'A secular separatist group in Balochistan that targets the China–Pakistan Economic Corridor and Chinese nationals. Pakistan alleges Indian backing for Baloch separatists; India denies it (contested).',
    marks: ['BLA'],
  },
  {
    term: 'CPEC',
    meaning:
      'The China–Pakistan Economic Corridor: roads, ports and power projects that China wants kept safe.',
    marks: ['CPEC'],
  },
  {
    term: 'Torkham and Chaman',
    meaning:
      'The two busiest border crossings. Closing them hurts traders and families on both sides and slowly pushes Afghan trade towards Iran.',
    marks: [],
  },
  {
    term: 'PoR card',
    meaning:
      'Proof of Registration: the card that let registered Afghan refugees stay in Pakistan. Many expired in 2025 as deportations sped up.',
    marks: ['PoR'],
  },
  {
    term: 'CTD',
    meaning:
      'The Counter-Terrorism Department: provincial police units that investigate and prosecute militant cells.',
    marks: ['CTD'],
  },
  {
    term: 'Apex committee',
    meaning:
      'A meeting of the civilian government and the military leadership, national or provincial, that coordinates the response to militancy. In the game, convening it holds the cabinet together for a while.',
    marks: ['apex committee'],
  },
  {
    term: 'ISPR',
    meaning:
      'Inter-Services Public Relations, the Pakistani military’s press office. Many casualty figures come from it and are not independently verified.',
    marks: ['ISPR'],
  },
  {
    term: 'UNAMA and UNHCR',
    meaning:
      'The UN mission in Afghanistan (which counts civilian casualties) and the UN refugee agency (which opposes forced returns).',
    marks: ['UNAMA', 'UNHCR'],
  },
  {
    term: 'Deterrence',
    meaning:
      'Whether militants and Kabul believe that an attack will be answered. In the game, a meter that force raises for a while.',
    marks: [],
  },
  {
    term: 'Escalation ladder',
    meaning:
      'The game’s track of the state of relations with Kabul, from calm through rhetoric, border incidents, cross-border strikes and sustained hostilities to open war.',
    marks: ['escalation ladder'],
  },
  {
    term: 'Attribution',
    meaning:
      'Saying who carried out an attack. It is often unclear or disputed for days; blaming quickly and wrongly has consequences.',
    marks: [],
  },
  {
    term: 'Verification mechanism',
    meaning:
      'A joint arrangement, discussed at the Istanbul talks in 2025, to check that each side keeps its promises. In the game, part of a strategic reset.',
    marks: ['verification mechanism'],
  },
  {
    term: 'Retaliation cycle',
    meaning:
      'Attack, identification, strike, and a new attack to show the militants survived: the pattern the game is built to make felt.',
    marks: [],
  },
  {
    term: 'Forever frontier',
    meaning:
      'The game’s worst non-war ending: a frontier that never fully explodes and never truly calms.',
    marks: [],
  },
];

/** Every marked spelling, longest first (so "apex committee" wins over a shorter overlap). */
const MARKS = GLOSSARY.flatMap((entry) => entry.marks.map((mark) => ({ mark, entry }))).sort(
  (a, b) => b.mark.length - a.mark.length,
);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const MARK_PATTERN = new RegExp(`\\b(${MARKS.map((m) => escape(m.mark)).join('|')})\\b`, 'i');
const ENTRY_BY_MARK = new Map(MARKS.map((m) => [m.mark.toLowerCase(), m.entry]));

/** A piece of a text: plain, or a term marked at its first appearance. */
export type TermPiece = string | { text: string; entry: GlossaryEntry };

/**
 * A marker for one panel's texts, read in the order they are shown: each glossary term is marked
 * the first time it appears and left plain after. Make a new one for each drawing of the panel.
 */
export function termMarker(): (text: string) => TermPiece[] {
  const marked = new Set<GlossaryEntry>();
  return (text) => {
    const pieces: TermPiece[] = [];
    let rest = text;
    for (let match = MARK_PATTERN.exec(rest); match; match = MARK_PATTERN.exec(rest)) {
      const entry = ENTRY_BY_MARK.get(match[0].toLowerCase())!;
      const before = rest.slice(0, match.index);
      if (marked.has(entry)) {
        pieces.push(before + match[0]);
      } else {
        marked.add(entry);
        if (before) pieces.push(before);
        pieces.push({ text: match[0], entry });
      }
      rest = rest.slice(match.index + match[0].length);
    }
    if (rest) pieces.push(rest);
    // Neighbouring plain pieces joined, so a text without terms is one string.
    return pieces.reduce<TermPiece[]>((joined, piece) => {
      const last = joined[joined.length - 1];
      if (typeof piece === 'string' && typeof last === 'string')
        joined[joined.length - 1] = last + piece;
      else joined.push(piece);
      return joined;
    }, []);
  };
}
