/** The interface's own words, one section per screen or shared part. */
import { common } from './common';
import { lesson } from './lesson';
import { links } from './links';
import { settings } from './settings';
import { storage } from './storage';

export const ui = { common, lesson, links, settings, storage };
