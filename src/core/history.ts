/** The change log as the API shows it, shared by every module's history route (contract language: zod only). */
import { z } from 'zod';

export const changeEntrySchema = z
  .object({
    id: z.string(),
    createdAt: z.string(),
    actorId: z.string(),
    actorName: z.string(),
    action: z.enum(['create', 'update', 'delete', 'retire', 'reinstate', 'reorder', 'import']),
    entityType: z.string(),
    entityId: z.string(),
    oldValue: z.unknown(),
    newValue: z.unknown(),
  })
  .meta({ id: 'ChangeEntry', description: 'En ändring: vem, när, gammalt och nytt värde.' });
