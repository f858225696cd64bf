import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/** Units of the organisation tree; `path` is the materialized ancestor path "/root/.../self/". */
export const units = pgTable(
  'units',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    parentId: uuid('parent_id').references((): AnyPgColumn => units.id),
    path: text('path').notNull(),
    depth: integer('depth').notNull(),
    openedOn: date('opened_on', { mode: 'string' }).notNull(),
    closedOn: date('closed_on', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('units_parent_idx').on(t.parentId),
    index('units_path_idx').using('btree', sql`${t.path} text_pattern_ops`),
    uniqueIndex('units_open_code_uq').on(t.code).where(sql`${t.closedOn} is null`),
  ],
);

/** What happened to a unit over time (created, renamed, moved, closed): its lineage. */
export const unitEvents = pgTable(
  'unit_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    kind: text('kind').notNull(),
    effectiveOn: date('effective_on', { mode: 'string' }).notNull(),
    details: jsonb('details').notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('unit_events_unit_idx').on(t.unitId)],
);

export const people = pgTable('people', {
  id: uuid('id').primaryKey().defaultRandom(),
  fullName: text('full_name').notNull(),
  birthYear: integer('birth_year'),
  gender: text('gender'),
  email: text('email'),
  phone: text('phone'),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A post in a unit (e.g. "Bí thư Đảng ủy"); `isHead` marks the post whose holder heads the unit. */
export const posts = pgTable(
  'posts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    title: text('title').notNull(),
    isHead: boolean('is_head').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('posts_unit_idx').on(t.unitId)],
);

/** A person's tenure of a post over dated terms (end inclusive, open when null). */
export const postTerms = pgTable(
  'post_terms',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    postId: uuid('post_id')
      .notNull()
      .references(() => posts.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    startOn: date('start_on', { mode: 'string' }).notNull(),
    endOn: date('end_on', { mode: 'string' }),
    decisionRef: text('decision_ref'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('post_terms_post_idx').on(t.postId), index('post_terms_person_idx').on(t.personId)],
);
