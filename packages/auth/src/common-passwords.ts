/**
 * Passwords (and password stems) that top every breach list. A password is refused when it, or
 * it with leading/trailing digits and symbols removed, is here: "Sunshine2024!" is "sunshine".
 * Deliberately short: length does most of the work, this catches the guesses attackers try first.
 */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  "password", "passw0rd", "p@ssword", "p@ssw0rd", "password1", "mypassword", "passwordpassword",
  "qwerty", "qwertyuiop", "qwertyui", "asdfghjkl", "asdfgh", "zxcvbnm", "qazwsx", "qazwsxedc",
  "1q2w3e4r", "1q2w3e4r5t", "1qaz2wsx", "zaq12wsx", "abc", "abcd", "abcdef", "abcdefg", "abcdefgh",
  "abcdefghij", "abcdefghijk", "letmein", "letmeinplease", "welcome", "welcomehome", "iloveyou",
  "iloveyoutoo", "admin", "administrator", "root", "changeme", "changeit", "default", "secret",
  "topsecret", "trustno", "trustnoone", "dragon", "monkey", "football", "baseball", "basketball",
  "soccer", "hockey", "golfer", "sunshine", "princess", "starwars", "whatever", "superman", "batman",
  "michael", "jennifer", "jordan", "hunter", "ashley", "charlie", "freedom", "summer", "winter",
  "spring", "autumn", "flower", "flowers", "hello", "helloworld", "login", "master", "shadow",
  "killer", "pepper", "ginger", "cookie", "chocolate", "cheese", "banana", "orange", "purple",
  "computer", "internet", "samsung", "apple", "google", "facebook", "linkedin", "microsoft",
  "mustang", "ferrari", "corvette", "harley", "yankees", "liverpool", "arsenal", "chelsea",
  "grandma", "grandpa", "grandchildren", "grandkids", "nana", "granny", "mother", "father",
  "family", "blessed", "jesus", "jesuschrist", "godisgood", "heaven", "angel", "angels", "lovely",
  "loveme", "lovelove", "friends", "bestfriend", "happy", "happydays", "happylife", "goodluck",
  "matrix", "access", "passpass", "pass", "test", "testing", "tester", "guest", "user", "demo",
  "soleus", "soleusapp", "secondheart", "thesecondheart", "calfmuscle", "healthy", "health",
  "fitness", "exercise", "walking", "abc", "qwe", "asd", "zxc", "aaa", "xyz", "tigger", "buster",
  "daniel", "thomas", "robert", "william", "elizabeth", "margaret", "patricia", "barbara",
]);

/** Keyboard runs and sequences that read as "long" but are guessed immediately. */
export const COMMON_SEQUENCES = ["0123456789", "1234567890", "9876543210", "abcdefghijklmnopqrstuvwxyz", "qwertyuiop", "asdfghjkl", "zxcvbnm"];
