import { Identity1763900000000 } from './1763900000000-identity';

/** Every schema change, in order. Append only; a landed migration is history and never edited. */
export const migrations = [Identity1763900000000];
