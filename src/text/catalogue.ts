/**
 * The catalogue type every language fills, taken from the English catalogue: a language typed
 * `Catalogue` that lacks any entry English has fails `tsc`.
 */
import type { en } from './en';

export type Catalogue = typeof en;
