import type { Metadata } from "next";
import { headers } from "next/headers";
import { createServerCaller } from "@soleus/app-runtime/trpc";
import { ImageUpload } from "~/images/image-upload";

export const metadata: Metadata = { title: "Upload an image" };

/**
 * Upload an image for a lesson outside the editor (the editor uses the same ImageUpload); the
 * result is the figure block to paste into the lesson.
 */
export default async function ImagesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const api = await createServerCaller(await headers(), "admin");
  const { courses } = await api.dashboard.overview();
  const { course } = await searchParams;
  const chosen = courses.find((c) => c.slug === course) ?? courses[0];
  return (
    <>
      <h1>Upload an image</h1>
      <p>
        Images appear in lessons as figures, with alt text for people who cannot see them and a
        caption under them.
      </p>
      {chosen ? (
        <ImageUpload courseSlug={chosen.slug} />
      ) : (
        <p className="empty-note">
          You have no courses yet, so there is no lesson to put an image in. Ask an admin to assign
          you to a course.
        </p>
      )}
    </>
  );
}
