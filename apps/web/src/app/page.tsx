export default function HomePage() {
  return (
    <>
      <h1>Short courses for healthy aging</h1>
      <p>
        Soleus teaches one useful idea at a time, in plain words and large print. Read a short lesson,
        try the exercises, check what you understood, and come back to what you missed.
      </p>
      <h2>The Second Heart</h2>
      <p>
        Our first course is about the soleus, a deep calf muscle that helps push blood back up to your
        heart, keeps you steady on your feet, and can be trained at any age.
      </p>
    </>
  );
}
