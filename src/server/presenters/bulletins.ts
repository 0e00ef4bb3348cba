import { bulletinNumber, sectionsOf, type BulletinAccess, type BulletinRow } from "../commands/bulletins/bulletins.js";
import { BULLETIN_KINDS, BULLETIN_STATES, bulletinIssue, type Bulletin, type BulletinDetail } from "../../shared/bulletins.js";

export function presentBulletin(b: BulletinRow): Bulletin {
  return {
    id: b.id, orgId: b.org_id, kind: b.kind, kindLabel: BULLETIN_KINDS[b.kind], year: b.year, seq: b.seq,
    issue: bulletinIssue(b.year, b.seq), number: bulletinNumber(b), planId: b.plan_id, roundId: b.round_id,
    title: b.title, issuer: b.issuer, distribution: b.distribution, state: b.state, stateLabel: BULLETIN_STATES[b.state],
    approvedAt: b.approved_at, publishedAt: b.published_at, version: b.version, createdAt: b.created_at, updatedAt: b.updated_at,
  };
}

export function presentBulletinDetail(b: BulletinRow, access: BulletinAccess, userId: number): BulletinDetail {
  return {
    ...presentBulletin(b),
    sections: sectionsOf(b),
    can: {
      edit: access.manage && b.state === "draft",
      approve: access.approve && b.state === "draft" && b.created_by !== userId,
      publish: access.manage && b.state === "approved",
    },
  };
}
