export * from "./auth";
export * from "./instances";
