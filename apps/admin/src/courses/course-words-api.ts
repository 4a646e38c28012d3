"use client";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC, useTRPCClient } from "~/trpc/react";
import { loadable, messageOf, type Loadable } from "~/authoring/api-errors";

export interface CourseWords {
  fromFiles: string[];
  fromCoaches: string[];
  limit: number;
}

export type WordsResult = { ok: true; message: string } | { ok: false; message: string };

/** Splits what a coach typed into words: spaces, commas, semicolons and new lines separate them. */
export function wordsIn(typed: string): string[] {
  return typed
    .split(/[\s,;]+/u)
    .map((word) => word.trim())
    .filter((word) => word !== "");
}

/** The course's spelling words and the two changes a coach can make to them. */
export function useCourseWords(courseId: string) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const query = useQuery({
    ...trpc.authoring.courseWords.list.queryOptions({ courseId }),
    retry: false,
    refetchOnWindowFocus: false,
  });
  const words: Loadable<CourseWords> = loadable(query);
  const refresh = () =>
    queryClient.invalidateQueries({
      queryKey: trpc.authoring.courseWords.list.queryKey({ courseId }),
    });
  const attempt = async (change: () => Promise<string>): Promise<WordsResult> => {
    try {
      const message = await change();
      await refresh();
      return { ok: true, message };
    } catch (error) {
      return { ok: false, message: messageOf(error) };
    }
  };
  return {
    words,
    add: (list: string[]) =>
      attempt(async () => {
        const { added, alreadyListed } = await client.authoring.courseWords.add.mutate({
          courseId,
          words: list,
        });
        const parts = [
          added.length > 0 ? `Added ${added.map((word) => `"${word}"`).join(", ")}.` : "",
          alreadyListed.length > 0
            ? `Already listed: ${alreadyListed.map((word) => `"${word}"`).join(", ")}.`
            : "",
        ];
        return parts.filter(Boolean).join(" ");
      }),
    remove: (word: string) =>
      attempt(async () => {
        await client.authoring.courseWords.remove.mutate({ courseId, word });
        return `Removed "${word}".`;
      }),
  };
}
