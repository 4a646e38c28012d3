import type { TRPCRouterRecord } from "@trpc/server";
import { adminProcedure } from "../../trpc/procedures";
import { listAuditSchema } from "./audit.schema";
import { listAudit } from "./list-audit.handler";

/** The audit log: admins only, and only on the admin app. */
export const auditRouter = {
  list: adminProcedure.input(listAuditSchema).query(({ ctx, input }) => listAudit(ctx.db, input)),
} satisfies TRPCRouterRecord;
