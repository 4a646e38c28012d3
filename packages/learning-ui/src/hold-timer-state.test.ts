import { describe, expect, it } from "vitest";
import {
  GET_READY_SECONDS,
  pauseHold,
  readyHold,
  resetDiscardsProgress,
  startHold,
  tickHold,
  type HoldPlan,
  type HoldState,
} from "./hold-timer-state";

const plan: HoldPlan = { seconds: 30, sets: 2, activity: "hold" };
const started = "Started. Hold for 30 seconds.";

/** Run the timer on a fake clock from `from` to `to` ms, one tick per 100 ms; returns what was said. */
function run(state: HoldState, from: number, to: number): { state: HoldState; said: string[] } {
  const said: string[] = [];
  let current = state;
  for (let now = from; now <= to; now += 100) {
    const step = tickHold(current, plan, now, started);
    current = step.state;
    if (step.say) said.push(step.say);
  }
  return { state: current, said };
}

describe("the hold timer's get-ready countdown", () => {
  it("counts 5 seconds down aloud before the hold starts, then starts the hold", () => {
    const begin = startHold(readyHold(plan), plan, 1_000);
    expect(begin.say).toBe("Get ready. The hold starts in 5 seconds.");
    expect(begin.state.status).toBe("get-ready");
    const { state, said } = run(begin.state, 1_000, 1_000 + GET_READY_SECONDS * 1000);
    expect(said).toEqual(["4", "3", "2", "1", started]);
    expect(state.status).toBe("running");
    expect(state.remainingMs).toBe(30_000);
  });

  it("says walk for a walk timer", () => {
    expect(startHold(readyHold(plan), { ...plan, activity: "walk" }, 0).say).toBe(
      "Get ready. The walk starts in 5 seconds.",
    );
  });

  it("times the hold from the end of the countdown, not from a late tick", () => {
    const begin = startHold(readyHold(plan), plan, 0).state;
    const late = tickHold(begin, plan, 7_000, started).state; // the tab slept through the start
    expect(late.status).toBe("running");
    expect(late.endAt).toBe(35_000);
  });

  it("stops back to ready when cancelled during the countdown", () => {
    const begin = startHold(readyHold(plan), plan, 0).state;
    const step = pauseHold(begin, 2_000);
    expect(step.state.status).toBe("ready");
    expect(step.say).toBe("Stopped before the start.");
  });

  it("does not count down again when resuming a paused hold", () => {
    const running = run(startHold(readyHold(plan), plan, 0).state, 0, 5_000).state;
    const paused = pauseHold(running, 15_000);
    expect(paused.say).toBe("Paused. 20 seconds left.");
    const resumed = startHold(paused.state, plan, 60_000);
    expect(resumed.state.status).toBe("running");
    expect(resumed.say).toBe("Resumed. 20 seconds left.");
  });

  it("finishes with the set counted and the planned cues only", () => {
    const { state, said } = run(startHold(readyHold(plan), plan, 0).state, 0, 35_000);
    expect(said).toEqual([
      "4",
      "3",
      "2",
      "1",
      started,
      "20 seconds left",
      "10 seconds left",
      "5",
      "4",
      "3",
      "2",
      "1",
      "Done. Set 1 of 2 complete. Rest, then start the next set.",
    ]);
    expect(state.setsDone).toBe(1);
  });
});

describe("reset asks first when it would discard something", () => {
  const running = run(startHold(readyHold(plan), plan, 0).state, 0, 8_000).state;
  const done = run(startHold(readyHold(plan), plan, 0).state, 0, 35_000).state;
  it.each([
    ["ready, nothing done", readyHold(plan), false],
    ["during the get-ready countdown", startHold(readyHold(plan), plan, 0).state, false],
    ["while holding", running, true],
    ["paused", pauseHold(running, 9_000).state, true],
    ["after a set", done, true],
  ] as const)("%s → %s", (_name, state, asks) => {
    expect(resetDiscardsProgress(state, plan)).toBe(asks);
  });
});
