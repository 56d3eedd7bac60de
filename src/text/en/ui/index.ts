/** The interface's own words, one section per screen or shared part. */
import { actions } from './actions';
import { autosave } from './autosave';
import { common } from './common';
import { lesson } from './lesson';
import { links } from './links';
import { saveFile } from './save-file';
import { saves } from './saves';
import { settings } from './settings';
import { storage } from './storage';

export const ui = { actions, autosave, common, lesson, links, saveFile, saves, settings, storage };
