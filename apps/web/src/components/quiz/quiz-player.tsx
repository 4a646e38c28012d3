"use client";
import "@soleus/learning-ui/learning.css";
import { useRouter } from "next/navigation";
import { useMemo } from "react";
import type { PublicQuiz } from "@soleus/api/learning-types";
import { QuizPlayer as Player, type AttemptChannel } from "@soleus/learning-ui/quiz/quiz-player";
import { resultPath } from "~/learning/paths";
import { useTRPCClient } from "~/trpc/react";

export interface QuizPlayerProps {
  attemptId: string;
  quiz: PublicQuiz;
  responses: Record<string, unknown>;
  /** Immediate-feedback questions already answered fully right (locked). */
  solved: string[];
  /** 0-based question to open first (from ?q=). */
  startAt: number;
  /** The server's clock when the page was made, to correct this device's clock for the timer. */
  serverNow: number;
}

/**
 * Takes one stored attempt: the shared player (the one the editor's preview also renders) with
 * its answers, visits, checks and submit sent to the attempts api.
 */
export function QuizPlayer({ attemptId, ...props }: QuizPlayerProps) {
  const client = useTRPCClient();
  const router = useRouter();
  const channel = useMemo<AttemptChannel>(
    () => ({
      save: (questionId, response) =>
        client.attempts.saveResponse.mutate({ attemptId, questionId, response }),
      saveOnLeave: (questionId, response) =>
        void fetch("/api/trpc/attempts.saveResponse", {
          method: "POST",
          keepalive: true,
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ json: { attemptId, questionId, response } }),
        }).catch(() => undefined),
      visit: (questionId) => client.attempts.visit.mutate({ attemptId, questionId }),
      check: (questionId, response) =>
        client.attempts.check.mutate({ attemptId, questionId, response }),
      submit: async () => {
        await client.attempts.submit.mutate({ attemptId });
        router.push(resultPath(attemptId));
      },
    }),
    [attemptId, client, router],
  );
  return <Player {...props} channel={channel} />;
}
