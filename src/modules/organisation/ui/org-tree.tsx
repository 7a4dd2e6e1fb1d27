/**
 * The organisation as it was in the chosen year, as a navigation tree. Nodes with children are
 * <details> elements, opened along the path to the current unit, so the tree stays short and keyboard-usable
 * without a custom ARIA widget.
 */

import { useState } from 'react';
import { Link } from 'react-router';
import { compareSwedish } from '#core/format.ts';
import type { OrgUnitDto } from '../contract.ts';
import { ORG_UNIT_KIND_LABELS } from '../domain/org-unit.ts';
import { useOrgUnits } from './use-org-units.ts';

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
  expanded,
  toggle,
  depth,
}: {
  nodes: TreeNode[];
  year: number;
  current?: string;
  expanded: ReadonlySet<string>;
  toggle: (id: string) => void;
  depth: number;
}) {
  return (
    <ul className={depth === 0 ? 'tree' : undefined}>
      {nodes.map((node) => {
        const isOpen = expanded.has(node.unit.id);
        const listId = `tree-${node.unit.id}`;
        return (
          <li key={node.unit.id}>
            <div className="tree-row">
              {node.children.length > 0 ? (
                <button
                  type="button"
                  className="tree-toggle"
                  aria-expanded={isOpen}
                  aria-controls={listId}
                  onClick={() => toggle(node.unit.id)}
                >
                  <span aria-hidden="true">{isOpen ? '▾' : '▸'}</span>
                  <span className="visually-hidden">
                    {isOpen ? 'Dölj' : 'Visa'} underenheter till {node.unit.name}
                  </span>
                </button>
              ) : (
                <span className="tree-spacer" aria-hidden="true" />
              )}
              <NodeLink node={node} year={year} current={current} />
            </div>
            {node.children.length > 0 && isOpen && (
              <div id={listId}>
                <Branch
                  nodes={node.children}
                  year={year}
                  current={current}
                  expanded={expanded}
                  toggle={toggle}
                  depth={depth + 1}
                />
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}

export function OrgTree({ year, current }: { year: number; current?: string }) {
  const units = useOrgUnits(year);
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
  return <ExpandableTree tree={tree} year={year} current={current} />;
}

/** Opens the top level and the path to the current unit; the user opens and closes the rest. */
function ExpandableTree({ tree, year, current }: { tree: TreeNode[]; year: number; current?: string }) {
  const [toggled, setToggled] = useState<ReadonlySet<string>>(new Set());
  const defaults = new Set([...tree.map((node) => node.unit.id), ...(current ? pathTo(tree, current) : [])]);
  const expanded = new Set([...defaults].filter((id) => !toggled.has(id)));
  for (const id of toggled) {
    if (!defaults.has(id)) {
      expanded.add(id);
    }
  }
  const toggle = (id: string) =>
    setToggled((previous) => {
      const next = new Set(previous);
      if (next.has(id)) {
        next.delete(id);
      } else {
        next.add(id);
      }
      return next;
    });
  return <Branch nodes={tree} year={year} current={current} expanded={expanded} toggle={toggle} depth={0} />;
}
