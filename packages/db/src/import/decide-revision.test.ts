import { describe, expect, it } from "vitest";
import { decideRevision, type RevisionHistory } from "./decide-revision";

const rev = (revision: number, source: "import" | "editor", contentHash: string) => ({
  revision,
  source,
  contentHash,
});

describe("decideRevision", () => {
  it.each<[string, RevisionHistory, string, ReturnType<typeof decideRevision>]>([
    [
      "first import publishes revision 1",
      { revisions: [] },
      "a",
      { action: "create", revision: 1, publish: true },
    ],
    [
      "same file again changes nothing",
      { revisions: [rev(1, "import", "a")] },
      "a",
      { action: "unchanged" },
    ],
    [
      "a changed file publishes a new revision",
      { revisions: [rev(1, "import", "a")] },
      "b",
      { action: "create", revision: 2, publish: true },
    ],
    [
      "a changed file after admin edits is kept unpublished",
      { revisions: [rev(2, "editor", "e"), rev(1, "import", "a")] },
      "b",
      { action: "create", revision: 3, publish: false },
    ],
    [
      "the unchanged file after admin edits changes nothing",
      { revisions: [rev(2, "editor", "e"), rev(1, "import", "a")] },
      "a",
      { action: "unchanged" },
    ],
    [
      "content first written in the editor is never replaced",
      { revisions: [rev(1, "editor", "e")] },
      "b",
      { action: "create", revision: 2, publish: false },
    ],
    [
      "a changed file under a coach's unpublished draft is kept unpublished",
      { revisions: [rev(1, "import", "a")], coachEdited: true },
      "b",
      { action: "create", revision: 2, publish: false },
    ],
    [
      "the unchanged file under a coach's draft changes nothing",
      { revisions: [rev(1, "import", "a")], coachEdited: true },
      "a",
      { action: "unchanged" },
    ],
  ])("%s", (_name, history, hash, expected) => {
    expect(decideRevision(history, hash)).toEqual(expected);
  });
});
