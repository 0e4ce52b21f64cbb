import {
  GraphQLError,
  Kind,
  Lexer,
  Source,
  TokenKind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type ParseOptions,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

export interface GraphqlLimitOptions {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxCost: number;
  /** Fragment spreads counted as expanded (a fragment spread twice counts twice, with everything it spreads). */
  maxFragmentSpreads: number;
}

/**
 * graphql-armor's defaults (DESIGN.md §6). The console's largest document spreads a handful of
 * fragments; 100 expanded spreads leaves room for integrators while a doubling chain of fragments
 * (2^n spreads from n small fragments) is refused at n = 7.
 */
export const DEFAULT_GRAPHQL_LIMITS: GraphqlLimitOptions = { maxDepth: 6, maxAliases: 15, maxTokens: 1000, maxCost: 5000, maxFragmentSpreads: 100 };

/**
 * Options for graphql-js's parser (Apollo's `parseOptions`): the lexer stops after `maxTokens`, so a
 * multi-megabyte document is refused before it is parsed in full instead of being turned into an AST first.
 */
export function graphqlParseOptions(options: GraphqlLimitOptions = DEFAULT_GRAPHQL_LIMITS): ParseOptions {
  return { maxTokens: options.maxTokens, noLocation: false };
}

function limitError(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', limit: true } });
}

/** What a selection set adds below the point where it is selected. */
interface Measure {
  /** Levels of fields below the selection point. */
  height: number;
  aliases: number;
  cost: number;
  spreads: number;
}

const EMPTY: Measure = { height: 0, aliases: 0, cost: 0, spreads: 0 };

/**
 * Measures selection sets with fragments expanded. A fragment's measure does not depend on where it is
 * spread (depth is added by the caller, cost grows bottom-up), so each fragment is measured once and
 * the walk is linear in the document's size even when fragments spread each other exponentially often
 * (GHSA-mfj6-6p54-m98c). Nothing is exempt by name: introspection fields count like any other, so naming
 * an operation or fragment `__schema` does not skip the check.
 */
class QueryMeasurer {
  private readonly measured = new Map<string, Measure>();
  private readonly inProgress = new Set<string>();

  constructor(private readonly fragments: Map<string, FragmentDefinitionNode>) {}

  selectionSet(selectionSet: SelectionSetNode): Measure {
    let result = EMPTY;
    for (const selection of selectionSet.selections) {
      let child: Measure;
      if (selection.kind === Kind.FIELD) {
        const aliases = selection.alias ? 1 : 0;
        if (selection.selectionSet) {
          const inner = this.selectionSet(selection.selectionSet);
          // graphql-armor's cost model: an object field costs 2 plus 1.5× what it selects, so cost grows with depth.
          child = { height: inner.height + 1, aliases: inner.aliases + aliases, cost: 2 + inner.cost * 1.5, spreads: inner.spreads };
        } else {
          child = { height: 1, aliases, cost: selection.name.value === '__typename' ? 0 : 1, spreads: 0 };
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        child = this.selectionSet(selection.selectionSet);
      } else {
        const inner = this.fragment(selection.name.value);
        child = { ...inner, spreads: inner.spreads + 1 };
      }
      result = { height: Math.max(result.height, child.height), aliases: result.aliases + child.aliases, cost: result.cost + child.cost, spreads: result.spreads + child.spreads };
    }
    return result;
  }

  private fragment(name: string): Measure {
    const known = this.measured.get(name);
    if (known) return known;
    const fragment = this.fragments.get(name);
    // Unknown and cyclic fragments are refused by graphql-js's own rules; here they only must not loop.
    if (!fragment || this.inProgress.has(name)) return EMPTY;
    this.inProgress.add(name);
    const m = this.selectionSet(fragment.selectionSet);
    this.inProgress.delete(name);
    this.measured.set(name, m);
    return m;
  }
}

export function graphqlLimits(options: GraphqlLimitOptions = DEFAULT_GRAPHQL_LIMITS): ValidationRule[] {
  const rule = (context: ValidationContext): ASTVisitor => {
    const document = context.getDocument();
    // The parser already stops at maxTokens when Apollo gets `graphqlParseOptions()`; this keeps the
    // rule whole for any other caller of validate().
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
    const measurer = new QueryMeasurer(fragments);
    return {
      OperationDefinition(node) {
        const m = measurer.selectionSet(node.selectionSet);
        if (m.spreads > options.maxFragmentSpreads) {
          context.reportError(limitError(`Query expands ${m.spreads} fragment spreads; the limit is ${options.maxFragmentSpreads}`));
        }
        if (m.height > options.maxDepth) context.reportError(limitError(`Query depth ${m.height} exceeds the limit of ${options.maxDepth}`));
        if (m.aliases > options.maxAliases) context.reportError(limitError(`Query uses ${m.aliases} aliases; the limit is ${options.maxAliases}`));
        if (m.cost > options.maxCost) context.reportError(limitError(`Query cost ${m.cost} exceeds the limit of ${options.maxCost}`));
      },
    };
  };
  return [rule];
}
