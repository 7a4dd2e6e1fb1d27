/**
 * The organisation as it was in the chosen year, as a navigation tree. Nodes with children are
 * <details> elements, opened along the path to the current unit, so the tree stays short and keyboard-usable
 * without a custom ARIA widget.
 */

import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { compareSwedish } from '#core/format.ts';
import { api, apiPath } from '#web/api-client.ts';
import type { OrgUnitDto } from '../contract.ts';
import { ORG_UNIT_KIND_LABELS } from '../domain/org-unit.ts';

interface TreeNode {
  readonly unit: OrgUnitDto;
  readonly children: TreeNode[];
}

export function buildTree(units: readonly OrgUnitDto[]): TreeNode[] {
  const ids = new Set(units.map((unit) => unit.id));
  const byParent = new Map<string | null, OrgUnitDto[]>();
  for (const unit of units) {
    const parent = unit.parentId !== null && ids.has(unit.parentId) ? unit.parentId : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), unit]);
  }
  const build = (parent: string | null): TreeNode[] =>
    (byParent.get(parent) ?? [])
      .sort((a, b) => a.sortOrder - b.sortOrder || compareSwedish(a.name, b.name))
      .map((unit) => ({ unit, children: build(unit.id) }));
  return build(null);
}

function pathTo(nodes: readonly TreeNode[], code: string): string[] {
  for (const node of nodes) {
    if (node.unit.code === code) {
      return [node.unit.id];
    }
    const below = pathTo(node.children, code);
    if (below.length > 0) {
      return [node.unit.id, ...below];
    }
  }
  return [];
}

function NodeLink({ node, year, current }: { node: TreeNode; year: number; current: string | undefined }) {
  const isCurrent = node.unit.code === current;
  return (
    <Link
      to={`/${year}/${encodeURIComponent(node.unit.code)}`}
      aria-current={isCurrent ? 'page' : undefined}
      title={ORG_UNIT_KIND_LABELS[node.unit.kind]}
    >
      {node.unit.name}
    </Link>
  );
}

function Branch({
  nodes,
  year,
  current,
  open,
  depth,
}: {
  nodes: TreeNode[];
  year: number;
  current?: string;
  open: Set<string>;
  depth: number;
}) {
  return (
    <ul className={depth === 0 ? 'tree' : undefined}>
      {nodes.map((node) => (
        <li key={node.unit.id}>
          {node.children.length === 0 ? (
            <NodeLink node={node} year={year} current={current} />
          ) : (
            <details open={depth < 1 || open.has(node.unit.id)}>
              <summary>
                <NodeLink node={node} year={year} current={current} />
              </summary>
              <Branch nodes={node.children} year={year} current={current} open={open} depth={depth + 1} />
            </details>
          )}
        </li>
      ))}
    </ul>
  );
}

export function OrgTree({ year, current }: { year: number; current?: string }) {
  const units = useQuery({
    queryKey: ['org-units', year],
    queryFn: () => api.get<OrgUnitDto[]>(apiPath('/organisation/units', { year })),
  });
  if (!units.data) {
    return (
      <p className="loading">
        {units.isError ? 'Organisationen kunde inte hämtas.' : 'Hämtar organisationen …'}
      </p>
    );
  }
  const tree = buildTree(units.data);
  if (tree.length === 0) {
    return <p>Det finns ingen organisation för {year}.</p>;
  }
  const open = new Set(current ? pathTo(tree, current) : []);
  return <Branch nodes={tree} year={year} current={current} open={open} depth={0} />;
}
