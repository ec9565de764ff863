/**
 * Number formats shared by the result views. The formatters are built once: `toLocaleString`
 * with a locale builds a new Intl.NumberFormat on every call, which showed up as the largest
 * piece of script time while a run plays back (counters and labels change every frame).
 */
const INT = new Intl.NumberFormat("en-US");
const MS = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });
const USD = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 4 });
const SECS = new Intl.NumberFormat("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export const int = (n: number) => INT.format(Math.round(n));
export const ms = (n: number) => `${MS.format(n)} ms`;
export const usd = (n: number) => (n === 0 ? "$0" : n < 0.01 ? `$${n.toPrecision(3)}` : `$${USD.format(n)}`);
export const secs = (msValue: number) => `${SECS.format(msValue / 1000)} s`;
