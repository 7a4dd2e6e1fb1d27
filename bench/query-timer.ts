/**
 * A Kysely plugin that times every statement run through it, grouped by kind and table ("upsert
 * indicator_outcome", "select goal", "raw: insert into change_log"), so a slow import can be traced to
 * the statements that take the time. The time counted is from compilation to the result: the database's
 * work plus the driver's round trip.
 */
import type {
  KyselyPlugin,
  OperationNode,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';

export interface StatementTiming {
  readonly statement: string;
  readonly count: number;
  readonly totalMs: number;
  readonly maxMs: number;
}

function tableOf(node: OperationNode | undefined): string {
  if (node?.kind === 'TableNode' && 'table' in node) {
    const table = node.table as { identifier: { name: string } };
    return table.identifier.name;
  }
  if (node?.kind === 'AliasNode' && 'node' in node) {
    return tableOf(node.node as OperationNode);
  }
  return '?';
}

function describe(node: RootOperationNode): string {
  switch (node.kind) {
    case 'SelectQueryNode':
      return `select ${tableOf(node.from?.froms[0])}`;
    case 'InsertQueryNode':
      return `${node.onConflict ? 'upsert' : 'insert'} ${tableOf(node.into)}`;
    case 'UpdateQueryNode':
      return `update ${tableOf(node.table)}`;
    case 'DeleteQueryNode':
      return `delete ${tableOf(node.from.froms[0])}`;
    case 'RawNode':
      // "raw: insert into change_log": the statement up to its column list or first parameter.
      return `raw: ${(node.sqlFragments[0] ?? '').split('(')[0]?.trim().replace(/\s+/g, ' ').slice(0, 40)}`;
    default:
      return node.kind;
  }
}

export class QueryTimer implements KyselyPlugin {
  private readonly running = new Map<string, { statement: string; start: number }>();
  private readonly totals = new Map<string, { count: number; totalMs: number; maxMs: number }>();

  transformQuery({ node, queryId }: PluginTransformQueryArgs): RootOperationNode {
    this.running.set(queryId.queryId, { statement: describe(node), start: performance.now() });
    return node;
  }

  async transformResult({ result, queryId }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    const started = this.running.get(queryId.queryId);
    if (started) {
      this.running.delete(queryId.queryId);
      const ms = performance.now() - started.start;
      const total = this.totals.get(started.statement) ?? { count: 0, totalMs: 0, maxMs: 0 };
      this.totals.set(started.statement, {
        count: total.count + 1,
        totalMs: total.totalMs + ms,
        maxMs: Math.max(total.maxMs, ms),
      });
    }
    return result;
  }

  /** Statement groups, slowest in total first. */
  report(): StatementTiming[] {
    return [...this.totals.entries()]
      .map(([statement, total]) => ({ statement, ...total }))
      .sort((a, b) => b.totalMs - a.totalMs);
  }
}
