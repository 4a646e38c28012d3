"use client";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import type { ActionResult } from "~/editor/confirm-action";
import type { LessonDraft } from "~/editor/lesson-draft";
import type { RevisionRow } from "~/editor/revision-history";
import type { SaveDocument } from "~/editor/use-autosave";
import { useTRPC, useTRPCClient } from "~/trpc/react";
import {
  errorData,
  failure,
  isUnreachable,
  loadable,
  messageOf,
  type Loadable,
} from "./api-errors";
import { lessonAsText } from "./as-text";

export { lessonAsText };

export interface LessonDocument {
  courseTitle: string;
  courseSlug: string;
  objectiveChoices: { id: string; text: string }[];
  /** The course's lesson-check quizzes, for the "Check quiz" field. */
  quizChoices: { slug: string; title: string }[];
  version: number;
  draft: LessonDraft;
  published: boolean;
  revisions: RevisionRow[];
  sourceUpdate: LessonDraft | null;
  /** Changes when the draft was replaced from outside the editor (restore, take source, publish). */
  loadedVersion: number;
}

const PRESENCE_HEARTBEAT_MS = 15_000;
const PRESENCE_POLL_MS = 10_000;

/** The lesson document and every authoring action on it, shaped for the editor's components. */
export function useLessonApi(courseId: string, lessonId: string) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  // The editor keeps its own state between saves: the document is fetched once and again only
  // after something replaced the draft (restore, take source, publish).
  const options = { staleTime: Infinity, refetchOnWindowFocus: false, retry: false } as const;
  const lesson = useQuery({ ...trpc.authoring.lessons.get.queryOptions({ lessonId }), ...options });
  const course = useQuery({ ...trpc.authoring.courses.get.queryOptions({ courseId }), ...options });
  const revisions = useQuery({
    ...trpc.authoring.lessons.revisions.queryOptions({ lessonId }),
    ...options,
  });
  const [loadedVersion, setLoadedVersion] = useState(0);

  const reload = async () => {
    await Promise.all([
      queryClient.invalidateQueries({
        queryKey: trpc.authoring.lessons.get.queryKey({ lessonId }),
      }),
      queryClient.invalidateQueries({
        queryKey: trpc.authoring.lessons.revisions.queryKey({ lessonId }),
      }),
    ]);
    setLoadedVersion((n) => n + 1);
  };

  const combined = (() => {
    const l = loadable(lesson);
    if (l.status !== "success") return l;
    const c = loadable(course);
    if (c.status !== "success") return c;
    const content = l.data.content;
    if (!content) return { status: "error", message: "This lesson has no content yet." } as const;
    const document: LessonDocument = {
      courseTitle: c.data.content?.title ?? c.data.slug,
      courseSlug: c.data.slug,
      objectiveChoices: (c.data.content?.objectives ?? []).map((o) => ({
        id: o.id,
        text: o.title,
      })),
      quizChoices: c.data.quizzes
        .filter((quiz) => quiz.kind === "lesson_check")
        .map((quiz) => ({ slug: quiz.slug, title: quiz.title })),
      version: l.data.version,
      draft: content,
      published: l.data.published !== null,
      revisions: (revisions.data ?? []).map((r) => ({
        id: r.revisionId,
        number: r.revision,
        createdAt: r.createdAt,
        author: r.source === "import" ? "Built-in course files" : (r.createdBy?.name ?? "A coach"),
        published: r.isPublished,
      })),
      sourceUpdate: l.data.sourceUpdate?.content ?? null,
      loadedVersion,
    };
    return { status: "success", data: document } as const;
  })() satisfies Loadable<LessonDocument>;

  const save: SaveDocument<LessonDraft> = async (draft, baseVersion) => {
    try {
      const saved = await client.authoring.lessons.saveDraft.mutate({
        lessonId,
        baseVersion,
        ...draft,
      });
      return { kind: "saved", version: saved.version, at: saved.savedAt };
    } catch (error) {
      const conflict = errorData(error)?.conflict;
      if (conflict)
        return {
          kind: "conflict",
          version: conflict.currentVersion,
          theirs: conflict.currentContent as LessonDraft,
          by: conflict.updatedBy?.name ?? null,
        };
      if (isUnreachable(error)) return { kind: "offline" };
      const fields = errorData(error)?.fieldErrors;
      return {
        kind: "refused",
        message: fields?.length
          ? fields.map((f) => `${f.path}: ${f.message}`).join("; ")
          : messageOf(error),
      };
    }
  };

  const currentVersion = async () =>
    (await client.authoring.lessons.get.query({ lessonId })).version;

  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({
        queryKey: trpc.authoring.lessons.get.queryKey({ lessonId }),
      }),
      queryClient.invalidateQueries({
        queryKey: trpc.authoring.lessons.revisions.queryKey({ lessonId }),
      }),
    ]);

  /** Runs an action; `remount` when it replaced the draft's content (the editor starts again). */
  const run = async (action: () => Promise<string>, remount = true): Promise<ActionResult> => {
    try {
      const message = await action();
      if (remount) await reload();
      else await refresh();
      return { ok: true, message };
    } catch (error) {
      return failure(error);
    }
  };

  return {
    document: combined,
    save,
    /** Publishes exactly the version the editor saved; hands the draft's new version back. */
    publish: (baseVersion: number, rebase: (version: number) => void) =>
      run(async () => {
        const published = await client.authoring.lessons.publish.mutate({ lessonId, baseVersion });
        rebase(published.version);
        return `Published as revision ${String(published.revision)}. Learners see it within a few seconds.`;
      }, false),
    unpublish: () =>
      run(async () => {
        await client.authoring.lessons.unpublish.mutate({ lessonId });
        return "Unpublished: learners no longer see this lesson.";
      }, false),
    restore: (revisionId: string) =>
      run(async () => {
        await client.authoring.lessons.restore.mutate({
          lessonId,
          revisionId,
          baseVersion: await currentVersion(),
        });
        return "Restored as the new draft. Publish it when it is ready.";
      }),
    takeSource: () =>
      run(async () => {
        await client.authoring.lessons.takeSourceVersion.mutate({
          lessonId,
          baseVersion: await currentVersion(),
        });
        return "The built-in source is now the draft.";
      }),
    revisionText: async (revisionId: string) =>
      lessonAsText(
        (await client.authoring.lessons.revision.query({ lessonId, revisionId })).content,
      ),
  };
}

/** Who else has the document open: a heartbeat every 15 s, the list polled every 10 s. */
export function usePresence(ref: { lessonId: string } | { quizId: string }) {
  const refKey = JSON.stringify(ref);
  const client = useTRPCClient();
  const [others, setOthers] = useState<{ name: string; role: string }[]>([]);
  useEffect(() => {
    let stopped = false;
    const beat = () => {
      void client.authoring.presence.heartbeat
        .mutate(JSON.parse(refKey) as typeof ref)
        .catch(() => undefined);
    };
    const poll = () => {
      client.authoring.presence.list.query(JSON.parse(refKey) as typeof ref).then(
        (result) => {
          if (!stopped)
            setOthers(result.others.map((o) => ({ name: o.name ?? "Someone", role: o.role })));
        },
        () => undefined,
      );
    };
    beat();
    poll();
    const heartbeat = window.setInterval(beat, PRESENCE_HEARTBEAT_MS);
    const polling = window.setInterval(poll, PRESENCE_POLL_MS);
    return () => {
      stopped = true;
      window.clearInterval(heartbeat);
      window.clearInterval(polling);
      void client.authoring.presence.leave
        .mutate(JSON.parse(refKey) as typeof ref)
        .catch(() => undefined);
    };
  }, [client, refKey]);
  return others;
}
