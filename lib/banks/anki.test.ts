import { describe, expect, it } from "vitest";
import { ankiText, misconceptionNotes, questionNote } from "./anki";
import { blankQuestion } from "./question";

describe("Anki text export", () => {
  it("writes the 2.1.54+ headers, one deck, and one note per line with HTML fields and tags", () => {
    const q = {
      ...blankQuestion(),
      stem: "Which <one>\tcaps\nconcurrency?",
      options: ["Reserved", "Provisioned", "Event age", "Batch"].map((text, i) => ({
        text,
        correct: i === 0,
        weight: i === 0 ? 100 : 0,
        feedback: "",
        misconception: null,
      })),
      explanation: 'It is a "floor" & a ceiling.',
      domain: "D2",
      topic: "Concurrency and scaling",
      tags: ["sap c02"],
    };
    const text = ankiText("Coldstart::Lambda core", [questionNote(q, ["lambda-core"])]);
    expect(text.split("\n")).toEqual([
      "#separator:tab",
      "#html:true",
      "#notetype:Basic",
      "#deck:Coldstart::Lambda core",
      "#tags column:3",
      "Which &lt;one&gt; caps<br>concurrency?<br><br>A. Reserved<br>B. Provisioned<br>C. Event age<br>D. Batch\t" +
        "<b>Answer:</b> A. Reserved<br><br>It is a &quot;floor&quot; &amp; a ceiling.\t" +
        "coldstart lambda-core sap_c02 D2 Concurrency_and_scaling",
      "",
    ]);
  });

  it("exports each misconception pair as a true-or-false note tagged with its card", () => {
    const notes = misconceptionNotes([
      {
        cardId: "reserved-concurrency",
        title: "Reserved concurrency",
        domains: ["D2"],
        pairs: [
          {
            id: "floor",
            wrong: "It only limits.",
            right: "It is a floor and a ceiling.",
            why: "It reserves capacity.",
          },
        ],
      },
    ]);
    expect(notes).toEqual([
      {
        front: "<i>Reserved concurrency</i><br><br>True or false? It only limits.",
        back: "<b>False.</b> It is a floor and a ceiling.<br><br>It reserves capacity.",
        tags: ["coldstart", "misconception", "reserved-concurrency", "D2"],
      },
    ]);
  });
});
