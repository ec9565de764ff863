// Setup file of the PostgreSQL run (vitest.postgres.config.ts): before a test file's own hooks,
// give it its migrated schemas, so freshDb() can hand one out synchronously.
import { afterAll, beforeAll } from "vitest";
import { closeSchemas, prepareSchemas } from "./postgres-schemas";

/** Fresh databases a test file may hold at once (tests take one in beforeEach and free it after). */
const SCHEMAS_PER_FILE = 1;

beforeAll(() => prepareSchemas(SCHEMAS_PER_FILE));
afterAll(() => closeSchemas());
