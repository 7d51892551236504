import type { Court } from '../../api/types';

export interface CourtNode extends Court {
  children?: CourtNode[];
}

/**
 * The flat list as a tree. An administrator sees their own court and those below it, so a court whose
 * parent is not in the list is a root.
 */
export function buildCourtTree(courts: readonly Court[]): CourtNode[] {
  const nodes = new Map(courts.map((court): [string, CourtNode] => [court.id, { ...court }]));
  const roots: CourtNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    if (parent) parent.children = [...(parent.children ?? []), node];
    else roots.push(node);
  }
  return roots;
}

export interface CourtOption {
  value: string;
  title: string;
  children?: CourtOption[];
}

/** Options for a TreeSelect of courts. */
export function courtOptions(nodes: readonly CourtNode[]): CourtOption[] {
  return nodes.map((node) => ({
    value: node.id,
    title: `${node.name}（${node.code}）`,
    ...(node.children ? { children: courtOptions(node.children) } : {}),
  }));
}
