/** Every player response, in the order the decision panel lists them. */
import type { ResponseDef } from '../../response-types';
import { BORDER } from './border';
import { CIVIL } from './civil';
import { DIPLOMACY } from './diplomacy';
import { MILITARY } from './military';
import { SECURITY } from './security';

export const RESPONSES: readonly ResponseDef[] = [
  ...MILITARY,
  ...SECURITY,
  ...BORDER,
  ...DIPLOMACY,
  ...CIVIL,
];

export const RESPONSE_BY_ID: ReadonlyMap<string, ResponseDef> = new Map(
  RESPONSES.map((r) => [r.id, r]),
);
