"use client";

import { useEffect, useId } from "react";
import { buttonPrimary, inputBase, panel } from "@/components/ui/styles";
import { useSandbox, useSandboxStore } from "../SandboxStoreProvider";
import { SPEEDS } from "../store/run";
import { secs } from "./format";

/** Advances the playhead every animation frame while playing. */
function useClock() {
  const store = useSandboxStore();
  const playing = useSandbox((s) => s.playing);
  useEffect(() => {
    if (!playing) return;
    let last = performance.now();
    let frame = requestAnimationFrame(function tick(now) {
      const s = store.getState();
      const end = s.ran?.durationMs ?? 0;
      const next = Math.min(end, s.playhead + Math.max(0, now - last) * s.speed);
      last = now;
      s.setPlayhead(next);
      if (next >= end) s.setPlaying(false);
      else frame = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(frame);
  }, [playing, store]);
}

const speedLabel = (s: number) => `${s < 1 ? s : s.toLocaleString("en-US")}×`;

/** Play / pause, speed and a scrub slider; all native controls, so they work from the keyboard. */
export function Playback() {
  useClock();
  const id = useId();
  const ran = useSandbox((s) => s.ran);
  const playhead = useSandbox((s) => s.playhead);
  const playing = useSandbox((s) => s.playing);
  const speed = useSandbox((s) => s.speed);
  const setPlayhead = useSandbox((s) => s.setPlayhead);
  const setPlaying = useSandbox((s) => s.setPlaying);
  const setSpeed = useSandbox((s) => s.setSpeed);
  if (!ran) return null;
  const end = ran.durationMs;
  return (
    <section className={`${panel} flex flex-wrap items-center gap-3`} aria-label="Playback">
      <button
        type="button"
        className={`${buttonPrimary} w-24`}
        onClick={() => setPlaying(!playing)}
        aria-pressed={playing}
      >
        {playing ? "Pause" : "Play"}
      </button>
      {/* A row of its own on phones: squeezed beside Play, "Time" wrapped a letter per line. */}
      <div className="flex w-full items-center gap-2 sm:w-auto sm:min-w-48 sm:flex-1">
        <label htmlFor={`${id}-t`} className="shrink-0 text-sm font-medium">
          Time
        </label>
        <input
          id={`${id}-t`}
          type="range"
          className="min-w-0 flex-1 accent-sky-700"
          min={0}
          max={end}
          step={end / 1000}
          value={playhead}
          aria-valuetext={`${secs(playhead)} of ${secs(end)}`}
          onChange={(e) => {
            setPlaying(false);
            setPlayhead(Number(e.target.value));
          }}
        />
        <output
          htmlFor={`${id}-t`}
          className="w-28 shrink-0 text-right text-sm whitespace-nowrap tabular-nums"
          data-testid="playhead"
        >
          {secs(playhead)} / {secs(end)}
        </output>
      </div>
      <div className="flex items-center gap-2">
        <label htmlFor={`${id}-s`} className="shrink-0 text-sm font-medium">
          Speed
        </label>
        <select
          id={`${id}-s`}
          className={`${inputBase} w-28`}
          value={speed}
          onChange={(e) => setSpeed(Number(e.target.value))}
        >
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {speedLabel(s)}
            </option>
          ))}
        </select>
      </div>
    </section>
  );
}
