/** Who the engine plays: names and short portraits of the militant groups, Kabul and the powers (domain.md §5). */
import type { GroupId, PowerId } from '../ids';

interface ActorInfo {
  name: string;
  short: string;
  portrait: string;
}

export const GROUPS: Record<GroupId, ActorInfo> = {
  ttp: {
    name: 'Tehreek-e-Taliban Pakistan',
    short: 'TTP',
    portrait:
      'An umbrella of militant factions that wants the merger of the tribal districts undone. It mostly attacks soldiers and police and disowns attacks that cause outrage. Pakistan calls it Fitna al-Khawarij.',
  },
  jua: {
    name: 'Jamaat-ul-Ahrar',
    short: 'JuA',
    portrait:
      'A semi-autonomous TTP faction that seeks urban, high-casualty spectacle. Its claims are sometimes contradicted from within.',
  },
  iskp: {
    name: 'Islamic State Khorasan Province',
    short: 'ISKP',
    portrait:
      'An enemy of both the Taliban and the TTP. It bombs Shia gatherings and rival religious parties. Kabul accuses Pakistan of sheltering it.',
  },
  hgb: {
    name: 'Hafiz Gul Bahadur group',
    short: 'HGB',
    portrait:
      'Rooted in North Waziristan with rear bases in Khost and Paktika; it fights under front names and has used car bombs and quadcopters.',
  },
  bla: {
    name: 'Balochistan Liberation Army',
    short: 'BLA',
    portrait:
      'A secular separatist group that targets CPEC, Chinese nationals, trains and workers from Punjab. It is not driven by the Afghan crisis but exploits it. Pakistan calls it Fitna al-Hindustan and alleges Indian backing, which India denies.',
  },
};

export const KABUL: ActorInfo = {
  name: 'The Taliban authorities in Kabul',
  short: 'Kabul',
  portrait:
    "They deny harbouring any group and call the TTP Pakistan's internal problem. They answer strikes with fire on border posts and by moving trade elsewhere. Acting against the TTP risks their own unity.",
};

export const POWERS: Record<PowerId, ActorInfo> = {
  china: {
    name: 'China',
    short: 'China',
    portrait: 'Wants CPEC protected above all and the crisis quiet; hosts trilateral talks.',
  },
  iran: {
    name: 'Iran',
    short: 'Iran',
    portrait:
      'Gains Afghan transit trade when Pakistan shuts its crossings, has its own Baloch insurgency, deports Afghans too, and offers to mediate.',
  },
  qatar: {
    name: 'Qatar',
    short: 'Qatar',
    portrait: 'A process-minded mediator (the Doha talks) that presses for verification.',
  },
  turkiye: {
    name: 'Türkiye',
    short: 'Türkiye',
    portrait: 'Co-mediator of the Istanbul rounds; presses for a monitoring mechanism.',
  },
  saudi: {
    name: 'Saudi Arabia',
    short: 'Saudi Arabia',
    portrait: 'A defence-pact partner since September 2025, with money and mediation leverage.',
  },
  uae: {
    name: 'United Arab Emirates',
    short: 'UAE',
    portrait: 'Offers financial support and keeps ties with Kabul.',
  },
  un: {
    name: 'United Nations',
    short: 'UN',
    portrait:
      'Counts civilian harm (UNAMA), opposes forced returns (UNHCR) and reports on militant groups (the Monitoring Team).',
  },
  us: {
    name: 'United States',
    short: 'US',
    portrait: 'Focused on terrorist designations, with little leverage in Kabul.',
  },
};
