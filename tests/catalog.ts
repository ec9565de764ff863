// The schema a migrated database actually has, read from its own catalog and put in one shape
// for SQLite and PostgreSQL, so the schema drift test can compare what the two migration
// histories produce: tables, columns (type class, nullability, default), primary keys, indexes
// (name, columns, uniqueness) and foreign keys.
import type Database from "better-sqlite3";
import type pg from "pg";

export type Column = { type: string; nullable: boolean; default: string | null };
export type Index = { name: string; columns: string[]; unique: boolean };
export type ForeignKey = { columns: string[]; table: string; references: string[]; onDelete: string; onUpdate: string };
export type Table = {
  columns: Record<string, Column>;
  primaryKey: string[];
  indexes: Index[];
  foreignKeys: ForeignKey[];
};
export type Catalog = Record<string, Table>;

/** Tables that record applied migrations, not the app's data. */
const BOOKKEEPING = new Set(["_prisma_migrations", "_coldstart_migrations"]);

const SQLITE_TYPES: Record<string, string> = {
  TEXT: "text",
  INTEGER: "int",
  REAL: "float",
  BOOLEAN: "bool",
  DATETIME: "datetime",
  BIGINT: "bigint",
  DECIMAL: "decimal",
  BLOB: "bytes",
  JSONB: "json",
};
const POSTGRES_TYPES: Record<string, string> = {
  text: "text",
  integer: "int",
  "double precision": "float",
  boolean: "bool",
  "timestamp without time zone": "datetime",
  bigint: "bigint",
  numeric: "decimal",
  bytea: "bytes",
  jsonb: "json",
  // Prisma enums: a PostgreSQL enum type, text on SQLite (the enum values are checked apart).
  "USER-DEFINED": "text",
};

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name);
const fkKey = (f: ForeignKey) => `${f.table}(${f.columns.join(",")})`;

/** A default as both databases spell it: PostgreSQL's casts (`'x'::text`, `'A'::"Role"`) dropped. */
function normalDefault(value: string | null): string | null {
  if (value === null) return null;
  return value.replace(/::[\w" ]+(\[\])?$/, "").trim();
}

const FK_ACTIONS: Record<string, string> = {
  a: "NO ACTION",
  r: "RESTRICT",
  c: "CASCADE",
  n: "SET NULL",
  d: "SET DEFAULT",
};

export function sqliteCatalog(db: Database.Database): Catalog {
  const catalog: Catalog = {};
  const tables = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .all() as { name: string }[];
  for (const { name } of tables) {
    if (BOOKKEEPING.has(name)) continue;
    const cols = db.prepare(`PRAGMA table_info("${name}")`).all() as {
      name: string;
      type: string;
      notnull: number;
      dflt_value: string | null;
      pk: number;
    }[];
    const columns: Record<string, Column> = {};
    for (const c of cols) {
      columns[c.name] = {
        type: SQLITE_TYPES[c.type.toUpperCase()] ?? `sqlite:${c.type}`,
        // SQLite lets a (non-INTEGER) primary key column hold NULL unless declared NOT NULL; Prisma declares it.
        nullable: c.notnull === 0,
        default: normalDefault(c.dflt_value),
      };
    }
    const primaryKey = cols
      .filter((c) => c.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map((c) => c.name);
    const indexList = db.prepare(`PRAGMA index_list("${name}")`).all() as {
      name: string;
      unique: number;
      origin: string;
    }[];
    const indexes = indexList
      .filter((i) => i.origin === "c")
      .map((i) => ({
        name: i.name,
        unique: i.unique === 1,
        columns: (db.prepare(`PRAGMA index_info("${i.name}")`).all() as { seqno: number; name: string }[])
          .sort((a, b) => a.seqno - b.seqno)
          .map((c) => c.name),
      }))
      .sort(byName);
    const fkRows = db.prepare(`PRAGMA foreign_key_list("${name}")`).all() as {
      id: number;
      seq: number;
      table: string;
      from: string;
      to: string;
      on_update: string;
      on_delete: string;
    }[];
    const fks = new Map<number, ForeignKey>();
    for (const r of fkRows.sort((a, b) => a.id - b.id || a.seq - b.seq)) {
      const fk = fks.get(r.id) ?? {
        columns: [],
        table: r.table,
        references: [],
        onDelete: r.on_delete,
        onUpdate: r.on_update,
      };
      fk.columns.push(r.from);
      fk.references.push(r.to);
      fks.set(r.id, fk);
    }
    catalog[name] = {
      columns,
      primaryKey,
      indexes,
      foreignKeys: [...fks.values()].sort((a, b) => fkKey(a).localeCompare(fkKey(b))),
    };
  }
  return catalog;
}

export async function postgresCatalog(client: pg.ClientBase, schema: string): Promise<Catalog> {
  const catalog: Catalog = {};
  const tables = await client.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables
      WHERE table_schema = $1 AND table_type = 'BASE TABLE' ORDER BY table_name`,
    [schema],
  );
  for (const { table_name: name } of tables.rows) {
    if (BOOKKEEPING.has(name)) continue;
    catalog[name] = { columns: {}, primaryKey: [], indexes: [], foreignKeys: [] };
  }
  const cols = await client.query<{
    table_name: string;
    column_name: string;
    data_type: string;
    is_nullable: "YES" | "NO";
    column_default: string | null;
  }>(
    `SELECT table_name, column_name, data_type, is_nullable, column_default
       FROM information_schema.columns WHERE table_schema = $1 ORDER BY table_name, ordinal_position`,
    [schema],
  );
  for (const c of cols.rows) {
    const table = catalog[c.table_name];
    if (!table) continue;
    table.columns[c.column_name] = {
      type: POSTGRES_TYPES[c.data_type] ?? `postgres:${c.data_type}`,
      nullable: c.is_nullable === "YES",
      default: normalDefault(c.column_default),
    };
  }
  const indexes = await client.query<{
    table: string;
    name: string;
    unique: boolean;
    primary: boolean;
    columns: string[];
  }>(
    `SELECT t.relname AS table, i.relname AS name, ix.indisunique AS unique, ix.indisprimary AS primary,
            ARRAY(SELECT a.attname::text FROM unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord)
                    JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.ord) AS columns
       FROM pg_index ix
       JOIN pg_class t ON t.oid = ix.indrelid
       JOIN pg_class i ON i.oid = ix.indexrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = $1`,
    [schema],
  );
  for (const i of indexes.rows) {
    const table = catalog[i.table];
    if (!table) continue;
    if (i.primary) table.primaryKey = i.columns;
    else table.indexes.push({ name: i.name, columns: i.columns, unique: i.unique });
  }
  const fks = await client.query<{
    table: string;
    columns: string[];
    referenced: string;
    references: string[];
    ondelete: string;
    onupdate: string;
  }>(
    `SELECT t.relname AS table, r.relname AS referenced, c.confdeltype AS ondelete, c.confupdtype AS onupdate,
            ARRAY(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord)
                    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.ord) AS columns,
            ARRAY(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY AS k(attnum, ord)
                    JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum ORDER BY k.ord) AS references
       FROM pg_constraint c
       JOIN pg_class t ON t.oid = c.conrelid
       JOIN pg_class r ON r.oid = c.confrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE c.contype = 'f' AND n.nspname = $1`,
    [schema],
  );
  for (const f of fks.rows) {
    catalog[f.table]?.foreignKeys.push({
      columns: f.columns,
      table: f.referenced,
      references: f.references,
      onDelete: FK_ACTIONS[f.ondelete] ?? f.ondelete,
      onUpdate: FK_ACTIONS[f.onupdate] ?? f.onupdate,
    });
  }
  for (const table of Object.values(catalog)) {
    table.indexes.sort(byName);
    table.foreignKeys.sort((a, b) => fkKey(a).localeCompare(fkKey(b)));
  }
  return catalog;
}

/** PostgreSQL enum types and their values in order. */
export async function postgresEnums(client: pg.ClientBase, schema: string): Promise<Record<string, string[]>> {
  const { rows } = await client.query<{ name: string; value: string }>(
    `SELECT t.typname AS name, e.enumlabel AS value
       FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = $1 ORDER BY t.typname, e.enumsortorder`,
    [schema],
  );
  const enums: Record<string, string[]> = {};
  for (const r of rows) (enums[r.name] ??= []).push(r.value);
  return enums;
}
