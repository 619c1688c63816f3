import type { Actor } from '../../auth/actor.js';
import { STAFF_ROLES } from '../../auth/organization-roles.js';
import { authorize, authorizeFound, ownOrganization } from '../../auth/policy.js';
import { deleteUserSessions } from '../../auth/sessions.js';
import { recordAudit } from '../../audit/record-audit.js';
import type { Role } from '../../db/schema.js';
import type { ServiceDeps } from '../../deps.js';
import { ServiceError } from '../../service-error.js';
import { revokeApiTokensCreatedBy } from '../tokens/tokens-repository.js';
import { userJson, type UserJson } from './user-json.js';
import { findUser, listUsers, updateUser } from './users-repository.js';

/** What an admin may change about a user. */
export interface UserChanges {
  readonly name?: string | undefined;
  readonly role?: Role | undefined;
  readonly active?: boolean | undefined;
}

/** The people of an organization, as its admin manages them. */
export interface UsersService {
  list(actor: Actor): Promise<UserJson[]>;
  /** Renames, changes the role, or (de)activates a user; deactivation ends their sessions and tokens. */
  update(actor: Actor, id: string, changes: UserChanges): Promise<UserJson>;
}

/**
 * Builds the users service.
 *
 * @param deps - database, clock, ids
 * @returns the service
 */
export function createUsersService(deps: ServiceDeps): UsersService {
  return {
    async list(actor) {
      authorize(actor, 'user.list', ownOrganization(actor));
      return (await listUsers(deps.db, actor.organizationId)).map(userJson);
    },

    update(actor, id, changes) {
      return deps.db.transaction().execute(async (tx) => {
        const found = await findUser(tx, actor.organizationId, id);
        const user = authorizeFound(actor, 'user.update', found, () => ownOrganization(actor), 'user');
        const self = actor.userId === user.id;
        if (self && changes.active === false) {
          throw new ServiceError('conflict', 'cannot_deactivate_self', 'You cannot deactivate yourself.', {
            where: 'body.active',
          });
        }
        if (changes.role !== undefined && changes.role !== user.role) {
          if (self) {
            throw new ServiceError('conflict', 'cannot_change_own_role', 'You cannot change your own role.', {
              where: 'body.role',
            });
          }
          const allowed = STAFF_ROLES[actor.organizationKind];
          if (user.role === 'patient' || !allowed.includes(changes.role)) {
            throw new ServiceError(
              'invalid',
              'invalid_role',
              user.role === 'patient'
                ? "A patient's account keeps the patient role."
                : `In a ${actor.organizationKind} a member can be ${allowed.join(' or ')}.`,
              { where: 'body.role' },
            );
          }
        }
        const name = changes.name?.trim();
        if (name === '') {
          throw new ServiceError('invalid', 'invalid_request', 'The name must not be empty.', { where: 'body.name' });
        }
        await updateUser(tx, actor.organizationId, user.id, {
          ...(name === undefined ? {} : { name }),
          ...(changes.role === undefined ? {} : { role: changes.role }),
          ...(changes.active === undefined ? {} : { active: changes.active }),
        });
        if (changes.active === false) {
          await deleteUserSessions(tx, user.id);
          await revokeApiTokensCreatedBy(tx, actor.organizationId, user.id, deps.now());
        }
        await recordAudit(tx, deps, actor, { action: 'user.update', resourceType: 'user', resourceId: user.id });
        const updated = await findUser(tx, actor.organizationId, user.id);
        if (updated === undefined) throw new Error('a user just updated could not be read back');
        return userJson(updated);
      });
    },
  };
}
