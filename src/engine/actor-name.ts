/** An actor's short name as its "Why?" card and the reports head it ("TTP", "Kabul", "UAE"). */
import { GROUPS, KABUL, POWERS } from './content/actors';
import type { ActorId, GroupId, PowerId } from './ids';

export function actorName(actor: ActorId): string {
  if (actor === 'kabul') return KABUL.short;
  if (actor in GROUPS) return GROUPS[actor as GroupId].short;
  return POWERS[actor as PowerId].short;
}
