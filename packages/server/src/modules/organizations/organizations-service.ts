import type { Actor } from '../../auth/actor.js';
import { authorize, ownOrganization } from '../../auth/policy.js';
import { recordAudit } from '../../audit/record-audit.js';
import type { OrganizationKind, OrganizationRow, OrganizationSettings } from '../../db/schema.js';
import type { ServiceDeps } from '../../deps.js';
import { ServiceError } from '../../service-error.js';
import {
  addPartnerLab,
  findOrganization,
  isLab,
  listLabs,
  listPartnerLabs,
  removePartnerLab,
  updateOrganization,
} from './organizations-repository.js';

/** An organization as the API returns it. */
export interface OrganizationJson {
  readonly id: string;
  readonly kind: OrganizationKind;
  readonly name: string;
  readonly createdAt: string;
  readonly settings: OrganizationSettings;
}

/** Changes an admin may make to their organization; null clears a setting. */
export interface OrganizationChanges {
  readonly name?: string | undefined;
  readonly address?: string | null | undefined;
  readonly phone?: string | null | undefined;
  readonly email?: string | null | undefined;
}

/** A lab as a clinic sees it. */
export interface LabJson {
  readonly id: string;
  readonly name: string;
}

/** The organization use cases: settings and a clinic's partner labs. */
export interface OrganizationsService {
  get(actor: Actor): Promise<OrganizationJson>;
  update(actor: Actor, changes: OrganizationChanges): Promise<OrganizationJson>;
  listPartnerLabs(actor: Actor): Promise<LabJson[]>;
  addPartnerLab(actor: Actor, labId: string): Promise<void>;
  removePartnerLab(actor: Actor, labId: string): Promise<void>;
  /** Labs the clinic can add. */
  listLabs(actor: Actor): Promise<LabJson[]>;
}

function settingsOf(value: unknown): OrganizationSettings {
  if (typeof value !== 'object' || value === null) return {};
  const record = value as Record<string, unknown>;
  const pick = (key: 'address' | 'phone' | 'email') => (typeof record[key] === 'string' ? { [key]: record[key] } : {});
  return { ...pick('address'), ...pick('phone'), ...pick('email') };
}

function organizationJson(row: OrganizationRow): OrganizationJson {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    createdAt: row.created_at.toISOString(),
    settings: settingsOf(row.settings),
  };
}

/**
 * Builds the organizations service.
 *
 * @param deps - database, clock, ids
 * @returns the service
 */
export function createOrganizationsService(deps: ServiceDeps): OrganizationsService {
  return {
    async get(actor) {
      authorize(actor, 'organization.read', ownOrganization(actor));
      const row = await findOrganization(deps.db, actor.organizationId);
      if (row === undefined) throw new ServiceError('not_found', 'not_found', 'No such organization.');
      return organizationJson(row);
    },

    update(actor, changes) {
      return deps.db.transaction().execute(async (tx) => {
        authorize(actor, 'organization.update', ownOrganization(actor));
        const current = await findOrganization(tx, actor.organizationId);
        if (current === undefined) throw new ServiceError('not_found', 'not_found', 'No such organization.');
        const currentSettings = settingsOf(current.settings);
        const settings: OrganizationSettings = Object.fromEntries(
          (['address', 'phone', 'email'] as const).flatMap((key) => {
            const value = changes[key] === undefined ? currentSettings[key] : changes[key]?.trim();
            return value === undefined || value === '' ? [] : [[key, value]];
          }),
        );
        const name = changes.name?.trim();
        if (name === '') {
          throw new ServiceError('invalid', 'invalid_request', 'The name must not be empty.', { where: 'body.name' });
        }
        const row = await updateOrganization(tx, actor.organizationId, {
          ...(name === undefined ? {} : { name }),
          settings,
        });
        await recordAudit(tx, deps, actor, {
          action: 'organization.update',
          resourceType: 'organization',
          resourceId: actor.organizationId,
        });
        return organizationJson(row);
      });
    },

    async listPartnerLabs(actor) {
      authorize(actor, 'partnerLab.list', ownOrganization(actor));
      return listPartnerLabs(deps.db, actor.organizationId);
    },

    addPartnerLab(actor, labId) {
      return deps.db.transaction().execute(async (tx) => {
        authorize(actor, 'partnerLab.manage', ownOrganization(actor));
        if (!(await isLab(tx, labId))) throw new ServiceError('not_found', 'not_found', 'No such lab.');
        await addPartnerLab(tx, actor.organizationId, labId, deps.now());
        await recordAudit(tx, deps, actor, { action: 'partnerLab.manage', resourceType: 'lab', resourceId: labId });
      });
    },

    removePartnerLab(actor, labId) {
      return deps.db.transaction().execute(async (tx) => {
        authorize(actor, 'partnerLab.manage', ownOrganization(actor));
        if (!(await removePartnerLab(tx, actor.organizationId, labId))) {
          throw new ServiceError('not_found', 'not_found', 'That lab is not a partner of this clinic.');
        }
        await recordAudit(tx, deps, actor, { action: 'partnerLab.manage', resourceType: 'lab', resourceId: labId });
      });
    },

    async listLabs(actor) {
      authorize(actor, 'lab.list', ownOrganization(actor));
      return listLabs(deps.db);
    },
  };
}
