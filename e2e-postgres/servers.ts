/** The two app servers of the PostgreSQL e2e run (playwright.postgres.config.ts). */
export const PORT_A = Number(process.env.E2E_PORT ?? 3210);
export const PORT_B = Number(process.env.E2E_PORT_B ?? PORT_A + 2);
export const SERVER_A = `http://localhost:${PORT_A}`;
export const SERVER_B = `http://localhost:${PORT_B}`;
