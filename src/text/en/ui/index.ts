/** The interface's own words, one section per screen or shared part. */
import { common } from './common';
import { lesson } from './lesson';
import { settings } from './settings';

export const ui = { common, lesson, settings };
