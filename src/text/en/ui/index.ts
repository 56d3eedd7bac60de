/** The interface's own words, one section per screen or shared part. */
import { actions } from './actions';
import { autosave } from './autosave';
import { common } from './common';
import { districtTable } from './district-table';
import { glossary } from './glossary';
import { labels } from './labels';
import { lesson } from './lesson';
import { links } from './links';
import { loading } from './loading';
import { meters } from './meters';
import { notes } from './notes';
import { notices } from './notices';
import { objectives } from './objectives';
import { saveFile } from './save-file';
import { saves } from './saves';
import { settings } from './settings';
import { storage } from './storage';

export const ui = {
  actions,
  autosave,
  common,
  districtTable,
  glossary,
  labels,
  lesson,
  links,
  loading,
  meters,
  notes,
  notices,
  objectives,
  saveFile,
  saves,
  settings,
  storage,
};
