/**
 * Everything a player can do, as module functions that call the engine (or the saves service) and
 * then set the store, one module per part of the game. Panels import them from here.
 */
export * from './classroom';
export * from './compare';
export * from './debrief';
export * from './game';
export * from './replay';
export * from './saves';
export * from './ui';
export * from './facilitator';
export * from './class-comparison';
export * from './class-vote';
