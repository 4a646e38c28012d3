import { describe, expect, it } from "vitest";
import { readDatabaseEnv, resolveDataDir } from "./env";

describe("readDatabaseEnv", () => {
  it("needs no configuration: embedded database in .data on port 54329", () => {
    const env = readDatabaseEnv({});
    expect(env).toEqual({ SOLEUS_DATA_DIR: ".data", SOLEUS_DB_PORT: 54329 });
    expect(resolveDataDir(env, "/srv/soleus")).toBe("/srv/soleus/.data");
  });

  it("treats an empty DATABASE_URL as unset", () => {
    expect(readDatabaseEnv({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it.each([["postgres://u:p@db.internal:5432/soleus"], ["postgresql://postgres@127.0.0.1/soleus"]])(
    "accepts %s",
    (url) => {
      expect(readDatabaseEnv({ DATABASE_URL: url }).DATABASE_URL).toBe(url);
    },
  );

  it.each([
    ["DATABASE_URL", "not a url", /DATABASE_URL is invalid: must look like postgres:\/\//],
    ["DATABASE_URL", "mysql://root@localhost/db", /DATABASE_URL is invalid/],
    ["DATABASE_URL", "postgres://", /DATABASE_URL is invalid/],
    ["SOLEUS_DB_PORT", "0", /SOLEUS_DB_PORT is invalid/],
    ["SOLEUS_DB_PORT", "eighty", /SOLEUS_DB_PORT is invalid/],
    ["SOLEUS_DB_PORT", "65536", /SOLEUS_DB_PORT is invalid/],
  ])("rejects %s=%s with a message naming the variable", (name, value, message) => {
    expect(() => readDatabaseEnv({ [name]: value })).toThrow(message);
  });
});
