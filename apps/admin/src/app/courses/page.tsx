import type { Metadata } from "next";
import { CoursesScreen } from "~/authoring/courses-screen";

export const metadata: Metadata = { title: "Courses" };

/** Coaches see the courses they own or are assigned to; admins see every course. */
export default function CoursesPage() {
  return <CoursesScreen />;
}
