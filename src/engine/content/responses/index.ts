/** Every player response, in the order the decision panel lists them. */
import type { ResponseDef } from '../../response-types';
import { BORDER } from './border';
import { CIVIL } from './civil';
import { DIPLOMACY } from './diplomacy';
import { MILITARY } from './military';
import { SECURITY } from './security';

const TABLES = [MILITARY, SECURITY, BORDER, DIPLOMACY, CIVIL] as const;

/** The id of a player response: one of the ids the content tables declare. */
export type ResponseId = (typeof TABLES)[number][number]['id'];

/** The kind of target the response `Id` takes ('none', 'district' or 'province'), from its table. */
export type TargetKindOfResponse<Id extends ResponseId> = Extract<
  (typeof TABLES)[number][number],
  { id: Id }
>['target'];

export const RESPONSES: readonly ResponseDef[] = TABLES.flat();

export const RESPONSE_BY_ID: Readonly<Record<ResponseId, ResponseDef>> = Object.fromEntries(
  RESPONSES.map((r) => [r.id, r]),
) as Record<ResponseId, ResponseDef>;

/** Whether a string names a player response. */
export function isResponseId(value: string): value is ResponseId {
  return Object.hasOwn(RESPONSE_BY_ID, value);
}
