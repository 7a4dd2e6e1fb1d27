import type { ColumnType, Generated } from 'kysely';
import type { TableOf } from '#platform/db/entity-store.ts';
import type { grantEntity, userEntity } from '../model.ts';

export interface AccessTables {
  app_user: TableOf<typeof userEntity> & {
    /** The identity provider's `sub` for the user; null until they sign in through it. */
    oidc_subject: Generated<string | null>;
  };
  role_grant: TableOf<typeof grantEntity>;
  user_credential: {
    user_id: string;
    password_hash: string;
    must_change: Generated<boolean>;
    failed_sign_ins: Generated<number>;
    locked_until: Date | null;
    changed_at: Generated<Date>;
  };
  user_session: {
    token_hash: string;
    user_id: string;
    csrf_token: string;
    created_at: Generated<Date>;
    last_seen_at: Generated<Date>;
    expires_at: ColumnType<Date, Date | string, Date | string>;
    via_oidc: Generated<boolean>;
  };
  api_token: {
    id: Generated<string>;
    user_id: string;
    name: string;
    token_hash: string;
    created_at: Generated<Date>;
    created_by: string;
    last_used_at: Date | null;
    revoked_at: Date | null;
  };
  access_setting: {
    key: string;
    value: string;
  };
}
