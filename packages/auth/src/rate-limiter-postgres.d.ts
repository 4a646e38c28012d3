// rate-limiter-flexible's index loads every store it supports (one through a dynamic import that
// bundlers warn about); Soleus loads only the PostgreSQL one, typed from the package's own types.
declare module "rate-limiter-flexible/lib/RateLimiterPostgres.js" {
  import { RateLimiterPostgres } from "rate-limiter-flexible";
  export default RateLimiterPostgres;
}
