export * from "./auth";
export * from "./instances";
export * from "./content";
export * from "./security";
export * from "./learning";
export * from "./setup";
export * from "./results";
