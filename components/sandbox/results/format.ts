/** Number formats shared by the result views. */
export const int = (n: number) => Math.round(n).toLocaleString("en-US");
export const ms = (n: number) => `${n.toLocaleString("en-US", { maximumFractionDigits: 1 })} ms`;
export const usd = (n: number) =>
  n === 0
    ? "$0"
    : n < 0.01
      ? `$${n.toPrecision(3)}`
      : `$${n.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 4 })}`;
export const secs = (msValue: number) =>
  `${(msValue / 1000).toLocaleString("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 })} s`;
