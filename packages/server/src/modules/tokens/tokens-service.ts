import type { Actor } from '../../auth/actor.js';
import { newApiTokenSecret } from '../../auth/api-token-secret.js';
import { STAFF_ROLES } from '../../auth/organization-roles.js';
import { authorize, authorizeFound, ownOrganization } from '../../auth/policy.js';
import { recordAudit } from '../../audit/record-audit.js';
import type { Role } from '../../db/schema.js';
import type { ServiceDeps } from '../../deps.js';
import { ServiceError } from '../../service-error.js';
import { findApiToken, insertApiToken, listApiTokens, revokeApiToken, type ApiTokenView } from './tokens-repository.js';

/** An API token as the API returns it. */
export interface ApiTokenJson {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  readonly prefix: string;
  readonly createdAt: string;
  readonly lastUsedAt: string | null;
  readonly revokedAt: string | null;
  readonly createdBy: string | null;
}

/** API tokens for scripts and lab systems: scoped to the organization and a role. */
export interface TokensService {
  list(actor: Actor): Promise<ApiTokenJson[]>;
  /** Creates a token; the secret is returned this once and never stored. */
  create(actor: Actor, input: { name: string; role: Role }): Promise<{ token: ApiTokenJson; secret: string }>;
  revoke(actor: Actor, id: string): Promise<void>;
}

function tokenJson(view: ApiTokenView): ApiTokenJson {
  return {
    ...view,
    createdAt: view.createdAt.toISOString(),
    lastUsedAt: view.lastUsedAt?.toISOString() ?? null,
    revokedAt: view.revokedAt?.toISOString() ?? null,
  };
}

/**
 * Builds the tokens service.
 *
 * @param deps - database, clock, ids
 * @returns the service
 */
export function createTokensService(deps: ServiceDeps): TokensService {
  return {
    async list(actor) {
      authorize(actor, 'token.list', ownOrganization(actor));
      return (await listApiTokens(deps.db, actor.organizationId)).map(tokenJson);
    },

    create(actor, input) {
      return deps.db.transaction().execute(async (tx) => {
        authorize(actor, 'token.create', ownOrganization(actor));
        const allowed = STAFF_ROLES[actor.organizationKind];
        if (!allowed.includes(input.role)) {
          throw new ServiceError(
            'invalid',
            'invalid_role',
            `A token of a ${actor.organizationKind} can have the role ${allowed.join(' or ')}.`,
            { where: 'body.role' },
          );
        }
        const name = input.name.trim();
        if (name === '') {
          throw new ServiceError('invalid', 'invalid_request', 'Name the token.', { where: 'body.name' });
        }
        const secret = newApiTokenSecret();
        const id = deps.newId();
        await insertApiToken(tx, actor.organizationId, {
          id,
          name,
          role: input.role,
          prefix: secret.prefix,
          secretHash: secret.hash,
          createdBy: actor.userId,
          now: deps.now(),
        });
        await recordAudit(tx, deps, actor, { action: 'token.create', resourceType: 'api_token', resourceId: id });
        const view = await findApiToken(tx, actor.organizationId, id);
        if (view === undefined) throw new Error('a token just stored could not be read back');
        return { token: tokenJson(view), secret: secret.secret };
      });
    },

    revoke(actor, id) {
      return deps.db.transaction().execute(async (tx) => {
        const found = await findApiToken(tx, actor.organizationId, id);
        authorizeFound(actor, 'token.revoke', found, () => ownOrganization(actor), 'API token');
        await revokeApiToken(tx, actor.organizationId, id, deps.now());
        await recordAudit(tx, deps, actor, { action: 'token.revoke', resourceType: 'api_token', resourceId: id });
      });
    },
  };
}
