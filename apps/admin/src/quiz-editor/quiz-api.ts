"use client";
import { useQueries, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { renderLessonTree } from "@soleus/content/render/pipeline";
import {
  errorData,
  failure,
  isUnreachable,
  loadable,
  messageOf,
  type Loadable,
} from "~/authoring/api-errors";
import type { ActionResult } from "~/editor/confirm-action";
import type { RevisionRow } from "~/editor/revision-history";
import type { SaveDocument } from "~/editor/use-autosave";
import { useTRPC, useTRPCClient } from "~/trpc/react";
import type { LessonChoice } from "./editor-context";
import { normaliseDraft, type QuizDraft } from "./quiz-draft";

export interface QuizDocument {
  slug: string;
  kind: string;
  courseTitle: string;
  courseSlug: string;
  objectives: { id: string; title: string }[];
  lessons: LessonChoice[];
  anchorsByLesson: Map<string, string[]>;
  /** The lesson whose check this quiz is (new questions point at it), or "". */
  linkedLesson: string;
  misconceptions: string[];
  tags: string[];
  version: number;
  draft: QuizDraft;
  published: boolean;
  revisions: RevisionRow[];
  loadedVersion: number;
}

type QuizContent = Parameters<typeof normaliseDraft>[0];

/** The quiz, its course around it (objectives, lessons' headings, tags used) and every action. */
export function useQuizApi(courseId: string, quizId: string) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const options = { staleTime: Infinity, refetchOnWindowFocus: false, retry: false } as const;
  const quiz = useQuery({ ...trpc.authoring.quizzes.get.queryOptions({ quizId }), ...options });
  const course = useQuery({ ...trpc.authoring.courses.get.queryOptions({ courseId }), ...options });
  const revisions = useQuery({
    ...trpc.authoring.quizzes.revisions.queryOptions({ quizId }),
    ...options,
  });
  const lessonIds = course.data?.lessons.map((l) => l.id) ?? [];
  const lessons = useQueries({
    queries: lessonIds.map((lessonId) => ({
      ...trpc.authoring.lessons.get.queryOptions({ lessonId }),
      ...options,
    })),
  });
  const otherQuizIds = (course.data?.quizzes ?? []).map((q) => q.id).filter((id) => id !== quizId);
  const others = useQueries({
    queries: otherQuizIds.map((id) => ({
      ...trpc.authoring.quizzes.get.queryOptions({ quizId: id }),
      ...options,
    })),
  });
  const [loadedVersion, setLoadedVersion] = useState(0);

  const invalidate = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.authoring.quizzes.get.queryKey({ quizId }) }),
      queryClient.invalidateQueries({
        queryKey: trpc.authoring.quizzes.revisions.queryKey({ quizId }),
      }),
    ]);

  const combined = ((): Loadable<QuizDocument> => {
    const q = loadable(quiz);
    if (q.status !== "success") return q;
    const c = loadable(course);
    if (c.status !== "success") return c;
    if (lessons.some((l) => l.status === "pending")) return { status: "pending" };
    if (!q.data.content) return { status: "error", message: "This quiz has no content yet." };
    const lessonChoices: LessonChoice[] = [];
    const anchorsByLesson = new Map<string, string[]>();
    let linkedLesson = "";
    for (const l of lessons) {
      const content = l.data?.content;
      if (!l.data || !content) continue;
      const rendered = renderLessonTree(content.bodyMarkdown, { courseSlug: c.data.slug });
      lessonChoices.push({
        slug: l.data.slug,
        title: content.title,
        headings: rendered.toc.map((h) => ({ anchor: h.anchor, text: h.text, depth: h.depth })),
      });
      anchorsByLesson.set(l.data.slug, rendered.anchors);
      if (content.quizSlug === q.data.slug) linkedLesson = l.data.slug;
    }
    const used = (key: "misconception" | "tags") => {
      const found = new Set<string>();
      const visit = (value: unknown) => {
        if (Array.isArray(value)) value.forEach(visit);
        else if (value && typeof value === "object")
          for (const [k, v] of Object.entries(value)) {
            if (k === key && typeof v === "string") found.add(v);
            else if (k === key && Array.isArray(v))
              v.forEach((t) => typeof t === "string" && found.add(t));
            else visit(v);
          }
      };
      visit(q.data.content?.questions);
      others.forEach((o) => {
        visit(o.data?.content?.questions);
      });
      return [...found].sort();
    };
    const row = c.data.quizzes.find((item) => item.id === quizId);
    return {
      status: "success",
      data: {
        slug: q.data.slug,
        kind: row?.kind ?? "lesson_check",
        courseTitle: c.data.content?.title ?? c.data.slug,
        courseSlug: c.data.slug,
        objectives: (c.data.content?.objectives ?? []).map((o) => ({ id: o.id, title: o.title })),
        lessons: lessonChoices,
        anchorsByLesson,
        linkedLesson,
        misconceptions: used("misconception"),
        tags: used("tags"),
        version: q.data.version,
        draft: normaliseDraft(q.data.content),
        published: q.data.published !== null,
        revisions: (revisions.data ?? []).map((r) => ({
          id: r.revisionId,
          number: r.revision,
          createdAt: r.createdAt,
          author:
            r.source === "import" ? "Built-in course files" : (r.createdBy?.name ?? "A coach"),
          published: r.isPublished,
        })),
        loadedVersion,
      },
    };
  })();

  const save: SaveDocument<QuizDraft> = async (draft, baseVersion) => {
    try {
      const saved = await client.authoring.quizzes.saveDraft.mutate({
        quizId,
        baseVersion,
        title: draft.title,
        passPercent: draft.passPercent,
        settings: { ...draft.settings },
        questions: draft.questions,
      });
      return { kind: "saved", version: saved.version, at: saved.savedAt };
    } catch (error) {
      const conflict = errorData(error)?.conflict;
      if (conflict)
        return {
          kind: "conflict",
          version: conflict.currentVersion,
          theirs: normaliseDraft(conflict.currentContent as QuizContent),
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

  const run = async (action: () => Promise<string>, remount: boolean): Promise<ActionResult> => {
    try {
      const message = await action();
      await invalidate();
      if (remount) setLoadedVersion((n) => n + 1);
      return { ok: true, message };
    } catch (error) {
      return failure(error);
    }
  };
  const currentVersion = async () => (await client.authoring.quizzes.get.query({ quizId })).version;

  return {
    document: combined,
    save,
    publish: (
      baseVersion: number,
      rebase: (version: number) => void,
      onRegradeDue: (n: number) => void,
    ) =>
      run(async () => {
        const published = await client.authoring.quizzes.publish.mutate({ quizId, baseVersion });
        rebase(published.version);
        const earlier =
          "attemptsOnEarlierRevisions" in published
            ? Number(published.attemptsOnEarlierRevisions)
            : 0;
        onRegradeDue(earlier);
        return `Published as revision ${String(published.revision)}. Learners see it within a few seconds.`;
      }, false),
    unpublish: () =>
      run(async () => {
        await client.authoring.quizzes.unpublish.mutate({ quizId });
        return "Unpublished: learners no longer see this quiz.";
      }, false),
    restore: (revisionId: string) =>
      run(async () => {
        await client.authoring.quizzes.restore.mutate({
          quizId,
          revisionId,
          baseVersion: await currentVersion(),
        });
        return "Restored as the new draft. Publish it when it is ready.";
      }, true),
    revisionText: async (revisionId: string) =>
      JSON.stringify(
        (await client.authoring.quizzes.revision.query({ quizId, revisionId })).content,
        null,
        2,
      ),
  };
}
