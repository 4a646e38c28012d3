import "@soleus/learning-ui/learning.css";
import "~/styles/certificate.css";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { coursePath } from "~/components/format";
import { PrintButton } from "~/components/progress/print-button";
import { SignInNeeded } from "~/components/sign-in-needed";
import { learnerApi, orNull, signedInPerson } from "~/learning/learner-api";
import { LocalTime } from "~/time-zone/local-time";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ course: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { course } = await params;
  if (!(await signedInPerson())) return { title: "Certificate of completion" };
  const completion = await orNull((await learnerApi()).progress.completion({ course }));
  return {
    title: completion ? `Certificate — ${completion.courseTitle}` : "Certificate of completion",
  };
}

/** A printable certificate of completion for a course the learner has finished (decision 0039). */
export default async function CertificatePage({ params }: Props) {
  const { course } = await params;
  const next = `/progress/certificate/${encodeURIComponent(course)}`;
  if (!(await signedInPerson()))
    return (
      <SignInNeeded title="Certificate of completion" what="see your certificate" next={next} />
    );
  const completion = await orNull((await learnerApi()).progress.completion({ course }));
  if (!completion) notFound();
  if (!completion.complete || !completion.completedAt)
    return (
      <section aria-labelledby="certificate-title">
        <h1 id="certificate-title">Certificate of completion</h1>
        <p className="empty-state">
          Your certificate for <a href={coursePath(course)}>{completion.courseTitle}</a> is ready
          once you have finished every lesson ({completion.lessonsDone} of {completion.lessonCount}{" "}
          so far){completion.hasFinalQuiz ? " and passed the final quiz" : ""}.
        </p>
      </section>
    );
  return (
    <>
      <article className="certificate" aria-labelledby="certificate-title">
        <p className="certificate__kicker">Soleus</p>
        <h1 id="certificate-title" className="certificate__title">
          Certificate of completion
        </h1>
        <p>This certifies that</p>
        <p className="certificate__name">{completion.learnerName}</p>
        <p>has completed the course</p>
        <p className="certificate__course">{completion.courseTitle}</p>
        <p>
          on <LocalTime date={completion.completedAt} style="day" />
          {completion.hasFinalQuiz ? ", having passed its final quiz" : ""}.
        </p>
        <p className="certificate__small">
          Education, not medical advice: this certificate records learning, not a qualification.
        </p>
      </article>
      <div className="button-row no-print">
        <PrintButton />
        <a href="/progress">Back to my progress</a>
      </div>
    </>
  );
}
