/**
 * Draws environment lanes into a pixel buffer (ImageData), not with one canvas call per bar, so
 * the cost of a frame is set by the pixels and the invocations that are new since the last
 * frame. Playback paints only the slice of time between the previous playhead and the new one;
 * a jump backwards repaints from zero. When there are more lanes than pixel rows, several lanes
 * share a row (busy wins over idle), so every lane is drawn even at thousands of lanes.
 */
import type { RunTrace } from "@/lib/sim/trace";
import type { LaneIndex } from "@/lib/sim/trace-lanes";

export type Rgb = [number, number, number];
export interface Palette {
  bg: Rgb;
  idle: Rgb;
  idlePc: Rgb;
  init: Rgb;
  ok: Rgb;
  error: Rgb;
  timeout: Rgb;
  retry: Rgb;
  fns: Rgb[];
}

export const LIGHT: Palette = {
  bg: [241, 245, 249],
  idle: [148, 163, 184],
  idlePc: [153, 246, 228],
  init: [217, 119, 6],
  ok: [3, 105, 161],
  error: [220, 38, 38],
  timeout: [124, 58, 237],
  retry: [219, 39, 119],
  fns: [
    [71, 85, 105],
    [13, 148, 136],
    [202, 138, 4],
    [190, 24, 93],
    [79, 70, 229],
  ],
};
export const DARK: Palette = {
  bg: [15, 23, 42],
  idle: [71, 85, 105],
  idlePc: [17, 94, 89],
  init: [251, 191, 36],
  ok: [56, 189, 248],
  error: [248, 113, 113],
  timeout: [167, 139, 250],
  retry: [244, 114, 182],
  fns: [
    [148, 163, 184],
    [45, 212, 191],
    [250, 204, 21],
    [244, 114, 182],
    [129, 140, 248],
  ],
};

/** Pixel rows per lane and how lanes map to rows for a canvas at most `maxRows` device pixels tall. */
export function laneLayout(lanes: number, maxRows: number) {
  if (lanes === 0) return { rows: 0, laneH: 0, barH: 0, height: 0 };
  const laneH = Math.max(1, Math.min(18, Math.floor(maxRows / lanes)));
  const rows = Math.min(lanes, Math.floor(maxRows / laneH));
  return { rows, laneH, barH: laneH >= 4 ? laneH - 1 : laneH, height: rows * laneH };
}

/** The fn-colour band at the left edge, in device pixels. */
export const BAND = 4;

export class LanesRenderer {
  private readonly img: ImageData;
  private readonly px: Uint32Array;
  private readonly cursor: Int32Array;
  private drawnTo = 0;
  private readonly colors: Record<keyof Omit<Palette, "fns">, number>;
  private readonly fnColors: number[];
  readonly layout: ReturnType<typeof laneLayout>;

  constructor(
    private readonly ctx: CanvasRenderingContext2D,
    private readonly trace: RunTrace,
    private readonly lanes: LaneIndex,
    private readonly durationMs: number,
    private readonly width: number,
    maxRows: number,
    palette: Palette,
  ) {
    this.layout = laneLayout(lanes.lanes, maxRows);
    this.img = ctx.createImageData(Math.max(1, width), Math.max(1, this.layout.height));
    this.px = new Uint32Array(this.img.data.buffer);
    this.cursor = new Int32Array(lanes.lanes);
    // Little-endian RGBA as an unsigned 32-bit value (>>> 0, so it compares equal to what Uint32Array reads back).
    const pack = ([r, g, b]: Rgb) => ((255 << 24) | (b << 16) | (g << 8) | r) >>> 0;
    const { fns, ...rest } = palette;
    this.colors = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, pack(v)])) as LanesRenderer["colors"];
    this.fnColors = fns.map(pack);
    this.reset();
  }

  /** Row of lane l (several lanes share a row when they outnumber the rows). */
  rowOf(l: number): number {
    return Math.floor((l * this.layout.rows) / this.lanes.lanes);
  }

  /** x pixel of time t. */
  x(t: number): number {
    return BAND + Math.floor(((this.width - BAND) * t) / this.durationMs);
  }

  /** Time at x pixel. */
  timeAt(x: number): number {
    return ((x - BAND) / (this.width - BAND)) * this.durationMs;
  }

  private reset(): void {
    this.px.fill(this.colors.bg);
    this.cursor.set(this.lanes.start.subarray(0, this.lanes.lanes));
    this.drawnTo = 0;
    const { laneH, barH } = this.layout;
    // The function band at the left edge only tells functions apart when there are several.
    if (!this.lanes.fn.some((f) => f !== this.lanes.fn[0])) return;
    for (let l = 0; l < this.lanes.lanes; l++) {
      const c = this.fnColors[(this.lanes.fn[l] as number) % this.fnColors.length] as number;
      this.rect(0, BAND - 1, this.rowOf(l) * laneH, barH, c, false);
    }
  }

  private rect(x0: number, x1: number, y: number, h: number, c: number, onlyBg: boolean): void {
    const w = this.width;
    const a = Math.max(0, x0);
    const b = Math.min(w, Math.max(x1, x0 + 1));
    const bg = this.colors.bg;
    for (let yy = y; yy < y + h; yy++) {
      const row = yy * w;
      for (let x = a; x < b; x++) if (!onlyBg || this.px[row + x] === bg) this.px[row + x] = c;
    }
  }

  /** Paints everything that happened up to time p (incrementally when p moved forward). */
  drawTo(p: number): void {
    if (p < this.drawnTo) this.reset();
    const a = this.drawnTo;
    if (p > a) this.paint(a, p);
    this.drawnTo = Math.max(p, this.drawnTo);
    this.ctx.putImageData(this.img, 0, 0);
  }

  private paint(a: number, b: number): void {
    const { trace: t, lanes: L } = this;
    const s = t.seg;
    const { laneH, barH } = this.layout;
    const C = this.colors;
    for (let l = 0; l < L.lanes; l++) {
      const y = this.rowOf(l) * laneH;
      const born = L.bornMs[l] as number;
      const gone = L.goneMs[l] as number;
      let k = this.cursor[l] as number;
      const end = L.start[l + 1] as number;
      // Invocations first: a pixel that held any work that second shows work, not idle.
      for (; k < end; k++) {
        const i = L.segs[k] as number;
        const t0 = s.t0[i] as number;
        if (t0 >= b) break;
        const initEnd = t0 + (s.init[i] as number);
        const stop = initEnd + (s.run[i] as number);
        if (initEnd > t0 && initEnd > a)
          this.rect(this.x(Math.max(a, t0)), this.x(Math.min(b, initEnd)), y, barH, C.init, false);
        if (stop > a && b > initEnd) {
          const st = s.status[i] as number;
          const c = st === 0 ? C.ok : st === 1 ? C.error : C.timeout;
          this.rect(this.x(Math.max(a, initEnd)), this.x(Math.min(b, stop)), y, barH, c, false);
        }
        if ((s.attempt[i] as number) > 1 && t0 >= a) this.rect(this.x(t0), this.x(t0) + 2, y, barH, C.retry, false);
        if (stop > b) break; // still running at b: continue from here next frame
      }
      this.cursor[l] = k;
      const ia = Math.max(a, born);
      const ib = Math.min(b, gone);
      if (ib > ia) this.rect(this.x(ia), this.x(ib), y, barH, isPc(t, L, l) ? C.idlePc : C.idle, true);
    }
  }
}

const isPc = (t: RunTrace, L: LaneIndex, l: number) => t.env.provisioned[L.env[l] as number] === 1;
