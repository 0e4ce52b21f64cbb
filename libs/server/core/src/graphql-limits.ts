import {
  GraphQLError,
  Kind,
  Lexer,
  Source,
  TokenKind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

export interface GraphqlLimitOptions {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxCost: number;
}

/** graphql-armor's defaults (DESIGN.md §6). */
export const DEFAULT_GRAPHQL_LIMITS: GraphqlLimitOptions = { maxDepth: 6, maxAliases: 15, maxTokens: 1000, maxCost: 5000 };

function limitError(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', limit: true } });
}

interface Measure {
  depth: number;
  aliases: number;
  cost: number;
}

/**
 * Walks every operation with fragments expanded. Nothing is exempt by name: introspection fields
 * count like any other, so naming an operation or fragment `__schema` does not skip the check.
 */
function measure(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, depth: number, seen: Set<string>): Measure {
  let result: Measure = { depth, aliases: 0, cost: 0 };
  for (const selection of selectionSet.selections) {
    let child: Measure | null = null;
    if (selection.kind === Kind.FIELD) {
      const aliases = selection.alias ? 1 : 0;
      if (selection.selectionSet) {
        const inner = measure(selection.selectionSet, fragments, depth + 1, seen);
        // graphql-armor's cost model: an object field costs 2 plus 1.5× what it selects, so cost grows with depth.
        child = { depth: inner.depth, aliases: inner.aliases + aliases, cost: 2 + inner.cost * 1.5 };
      } else {
        child = { depth: depth + 1, aliases, cost: selection.name.value === '__typename' ? 0 : 1 };
      }
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      child = measure(selection.selectionSet, fragments, depth, seen);
    } else {
      const fragment = fragments.get(selection.name.value);
      if (fragment && !seen.has(fragment.name.value)) {
        child = measure(fragment.selectionSet, fragments, depth, new Set([...seen, fragment.name.value]));
      }
    }
    if (child) result = { depth: Math.max(result.depth, child.depth), aliases: result.aliases + child.aliases, cost: result.cost + child.cost };
  }
  return result;
}

export function graphqlLimits(options: GraphqlLimitOptions = DEFAULT_GRAPHQL_LIMITS): ValidationRule[] {
  const rule = (context: ValidationContext): ASTVisitor => {
    const document = context.getDocument();
    const body = document.loc?.source.body;
    if (body) {
      const lexer = new Lexer(new Source(body));
      let tokens = 0;
      while (lexer.advance().kind !== TokenKind.EOF) {
        if (++tokens > options.maxTokens) {
          context.reportError(limitError(`Query has more than ${options.maxTokens} tokens`));
          return {};
        }
      }
    }
    const fragments = new Map(
      document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
    );
    return {
      OperationDefinition(node) {
        const m = measure(node.selectionSet, fragments, 0, new Set());
        if (m.depth > options.maxDepth) context.reportError(limitError(`Query depth ${m.depth} exceeds the limit of ${options.maxDepth}`));
        if (m.aliases > options.maxAliases) context.reportError(limitError(`Query uses ${m.aliases} aliases; the limit is ${options.maxAliases}`));
        if (m.cost > options.maxCost) context.reportError(limitError(`Query cost ${m.cost} exceeds the limit of ${options.maxCost}`));
      },
    };
  };
  return [rule];
}
