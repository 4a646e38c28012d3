"use client";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { ActionResult } from "~/editor/confirm-action";
import type { RevisionRow } from "~/editor/revision-history";
import type { CourseDetails } from "~/courses/course-details-form";
import type { LessonInOrder } from "~/courses/lesson-order";
import { useTRPC, useTRPCClient } from "~/trpc/react";
import { errorData, failure, loadable, messageOf, type Loadable } from "./api-errors";
import { courseAsText } from "./as-text";

export { courseAsText };

/** A slug from a title: lower-case words joined by hyphens (the api checks it again). */
export function slugFrom(title: string): string {
  const slug = title
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return slug === "" ? "untitled" : slug;
}

const once = { staleTime: Infinity, refetchOnWindowFocus: false, retry: false } as const;

export function useCoursesApi() {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const list = useQuery({ ...trpc.authoring.courses.list.queryOptions({}), retry: false });
  const courses: Loadable<
    { id: string; title: string; published: boolean; archived: boolean; lessonCount: number }[]
  > = (() => {
    const l = loadable(list);
    if (l.status !== "success") return l;
    return {
      status: "success",
      data: l.data.map((c) => ({
        id: c.id,
        title: c.title,
        published: c.status === "published",
        archived: c.status === "archived",
        lessonCount: c.lessonCount,
      })),
    };
  })();
  return {
    courses,
    create: async (
      title: string,
    ): Promise<{ ok: true; id: string } | { ok: false; message: string }> => {
      try {
        const created = await client.authoring.courses.create.mutate({
          slug: slugFrom(title),
          title,
        });
        return { ok: true, id: created.courseId };
      } catch (error) {
        return { ok: false, message: messageOf(error) };
      }
    },
  };
}

export interface CourseDocument {
  version: number;
  draft: CourseDetails;
  published: boolean;
  archived: boolean;
  lessons: LessonInOrder[];
  revisions: RevisionRow[];
  sourceUpdate: CourseDetails | null;
}

export function useCourseApi(courseId: string) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const get = useQuery({ ...trpc.authoring.courses.get.queryOptions({ courseId }), ...once });
  const revisions = useQuery({
    ...trpc.authoring.courses.revisions.queryOptions({ courseId }),
    ...once,
  });
  const reload = () =>
    Promise.all([
      queryClient.invalidateQueries({
        queryKey: trpc.authoring.courses.get.queryKey({ courseId }),
      }),
      queryClient.invalidateQueries({
        queryKey: trpc.authoring.courses.revisions.queryKey({ courseId }),
      }),
    ]);
  const version = async () => (await client.authoring.courses.get.query({ courseId })).version;

  const course: Loadable<CourseDocument> = (() => {
    const l = loadable(get);
    if (l.status !== "success") return l;
    const content = l.data.content;
    if (!content) return { status: "error", message: "This course has no content yet." };
    return {
      status: "success",
      data: {
        version: l.data.version,
        draft: content,
        published: l.data.published !== null && l.data.archivedAt === null,
        archived: l.data.archivedAt !== null,
        lessons: l.data.lessons.map((lesson) => ({
          id: lesson.id,
          title: lesson.title,
          published: lesson.published,
        })),
        revisions: (revisions.data ?? []).map((r) => ({
          id: r.revisionId,
          number: r.revision,
          createdAt: r.createdAt,
          author:
            r.source === "import" ? "Built-in course files" : (r.createdBy?.name ?? "A coach"),
          published: r.isPublished,
        })),
        sourceUpdate: l.data.sourceUpdate?.content ?? null,
      },
    };
  })();

  const run = async (action: () => Promise<string>): Promise<ActionResult> => {
    try {
      const message = await action();
      await reload();
      return { ok: true, message };
    } catch (error) {
      return failure(error);
    }
  };

  return {
    course,
    reorder: async (lessonIds: string[]) => {
      try {
        await client.authoring.courses.reorderLessons.mutate({
          courseId,
          baseVersion: await version(),
          lessonIds,
        });
      } finally {
        await reload();
      }
    },
    addLesson: async (
      title: string,
    ): Promise<{ ok: true; id: string } | { ok: false; message: string }> => {
      try {
        const created = await client.authoring.lessons.create.mutate({
          courseId,
          slug: slugFrom(title),
          title,
        });
        await reload();
        return { ok: true, id: created.lessonId };
      } catch (error) {
        return { ok: false, message: messageOf(error) };
      }
    },
    saveDetails: async (
      details: CourseDetails,
    ): Promise<{ ok: true } | { ok: false; message: string }> => {
      const loaded = course.status === "success" ? course.data.version : await version();
      try {
        // Only the details: the form starts from the whole draft (lesson order included), which
        // this save must neither send nor change.
        await client.authoring.courses.saveDraft.mutate({
          courseId,
          baseVersion: loaded,
          title: details.title,
          summary: details.summary,
          audience: details.audience,
          minutes: details.minutes,
          objectives: details.objectives.map(({ id, title, description }) => ({
            id,
            title,
            description,
          })),
        });
        await reload();
        return { ok: true };
      } catch (error) {
        if (errorData(error)?.conflict)
          return {
            ok: false,
            message:
              "Someone else changed this course since you opened it. Your text is still in the form: copy what you need, reload the page, and save again.",
          };
        return { ok: false, message: messageOf(error) };
      }
    },
    publish: () =>
      run(async () => {
        const published = await client.authoring.courses.publish.mutate({
          courseId,
          baseVersion: await version(),
        });
        return `Published as revision ${String(published.revision)}.`;
      }),
    unpublish: () =>
      run(async () => {
        await client.authoring.courses.unpublish.mutate({ courseId });
        return "Unpublished: learners no longer see this course.";
      }),
    archive: () =>
      run(async () => {
        await client.authoring.courses.archive.mutate({ courseId });
        return "Archived: hidden from learners.";
      }),
    restore: (revisionId: string) =>
      run(async () => {
        await client.authoring.courses.restore.mutate({
          courseId,
          revisionId,
          baseVersion: await version(),
        });
        return "Restored as the new draft. Publish it when it is ready.";
      }),
    takeSource: () =>
      run(async () => {
        await client.authoring.courses.takeSourceVersion.mutate({
          courseId,
          baseVersion: await version(),
        });
        return "The built-in source is now the draft.";
      }),
    revisionText: async (revisionId: string) =>
      courseAsText(
        (await client.authoring.courses.revision.query({ courseId, revisionId })).content,
      ),
  };
}

interface Coach {
  id: string;
  name: string;
  email: string;
}

/** The coaches assigned to a course and the other coaches an admin may assign. */
export function useCoachAssignment(courseId: string) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const get = useQuery({ ...trpc.authoring.courses.get.queryOptions({ courseId }), ...once });
  const people = useQuery({
    ...trpc.users.list.queryOptions({ role: "coach", limit: 100, offset: 0 }),
    retry: false,
  });
  const state: Loadable<{ assigned: Coach[]; available: Coach[] }> = (() => {
    const g = loadable(get);
    if (g.status !== "success") return g;
    const p = loadable(people);
    if (p.status !== "success") return p;
    const assigned = g.data.coaches.map((c) => ({
      id: c.id,
      name: c.name ?? c.email,
      email: c.email,
    }));
    const available = p.data
      .filter((person) => !assigned.some((a) => a.id === person.id))
      .map((person) => ({ id: person.id, name: person.name ?? person.email, email: person.email }));
    return { status: "success", data: { assigned, available } };
  })();
  const run = async (action: () => Promise<string>): Promise<ActionResult> => {
    try {
      const message = await action();
      await queryClient.invalidateQueries({
        queryKey: trpc.authoring.courses.get.queryKey({ courseId }),
      });
      return { ok: true, message };
    } catch (error) {
      return failure(error);
    }
  };
  return {
    state,
    assign: (userId: string) =>
      run(async () => {
        await client.authoring.courses.assignCoach.mutate({ courseId, userId });
        return "Coach assigned.";
      }),
    unassign: (userId: string) =>
      run(async () => {
        await client.authoring.courses.unassignCoach.mutate({ courseId, userId });
        return "Coach removed from the course.";
      }),
  };
}
