import type { ColumnType } from 'kysely';

/** A timestamp the service sets on insert (or the database default); reads come back as `Date`. */
export type CreatedAt = ColumnType<Date, Date | undefined, never>;

/** A timestamp set on insert and on every change. */
export type UpdatedAt = ColumnType<Date, Date | undefined, Date>;

/** A primary key: given by the service (`deps.newId()`), or the database default. */
export type Id = ColumnType<string, string | undefined, never>;

/** A JSON column: written as JSON text, read back parsed. */
export type Json = ColumnType<unknown, string | null | undefined, string | null>;
