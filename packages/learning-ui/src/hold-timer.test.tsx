import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { HoldTimer } from "./hold-timer";
import { timerWords } from "./hold-timer-cues";

describe("HoldTimer", () => {
  it("is a hold timer by default", () => {
    const html = renderToStaticMarkup(
      <HoldTimer seconds={30} sets={2} name="Bent-knee calf hold" />,
    );
    expect(html).toContain(">Hold timer: Bent-knee calf hold</p>");
    expect(html).toContain("0:30");
  });

  it("names itself a walk timer for a timed walk, with the walk's length on the clock", () => {
    const html = renderToStaticMarkup(
      <HoldTimer seconds={45} sets={2} name="Soft-knee carry walk" activity="walk" />,
    );
    expect(html).toContain(">Walk timer: Soft-knee carry walk</p>");
    expect(html).not.toContain("Hold timer");
    expect(html).toContain("0:45");
    expect(html).toContain("Sets done: 0 of 2");
  });
});

describe("timerWords", () => {
  it.each([
    [
      "hold",
      30,
      {
        title: "Hold timer",
        started: "Started. Hold for 30 seconds.",
        ready: "Reset. Ready to hold for 30 seconds.",
      },
    ],
    [
      "walk",
      45,
      {
        title: "Walk timer",
        started: "Started. Walk for 45 seconds.",
        ready: "Reset. Ready to walk for 45 seconds.",
      },
    ],
    [
      "walk",
      60,
      {
        title: "Walk timer",
        started: "Started. Walk for 1 minute.",
        ready: "Reset. Ready to walk for 1 minute.",
      },
    ],
  ] as const)("%s for %i seconds", (activity, seconds, words) => {
    expect(timerWords(activity, seconds)).toEqual(words);
  });
});
