export default function AdminHomePage() {
  return (
    <>
      <h1>Soleus Admin</h1>
      <p>
        Coaches write, preview and publish lessons and quizzes here. Admins review quiz results and
        manage people&apos;s accounts.
      </p>
    </>
  );
}
