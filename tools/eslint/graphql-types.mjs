// STYLE.md (one model or input class per file on the server): a server lib file declares at most one
// class decorated with @ObjectType, @InputType or @ArgsType, in a file named after it
// (`JourneyStageModel` → models/journey-stage.model.ts), re-exported by the folder's index.ts.
// A reader finds a GraphQL type by its name, and a diff touches one type's file.

const GRAPHQL_TYPE = new Set(['ObjectType', 'InputType', 'ArgsType']);

/** The GraphQL decorator on a class (`@ObjectType(...)`, `@graphql.InputType(...)`), if any. */
function graphqlDecorator(node) {
  for (const decorator of node.decorators ?? []) {
    const expression = decorator.expression.type === 'CallExpression' ? decorator.expression.callee : decorator.expression;
    const name = expression.type === 'Identifier' ? expression.name : expression.type === 'MemberExpression' && !expression.computed ? expression.property.name : null;
    if (GRAPHQL_TYPE.has(name)) return name;
  }
  return null;
}

const oneGraphqlTypePerFile = {
  meta: {
    type: 'suggestion',
    docs: { description: 'Allow at most one @ObjectType/@InputType/@ArgsType class per file.' },
    schema: [],
    messages: {
      extra:
        "'{{name}}' is a second GraphQL type class in this file (the first is '{{first}}'); give each @ObjectType/@InputType/@ArgsType class its own file named after it and export it from the folder's index.ts.",
    },
  },
  create(context) {
    let first = null;
    const check = (node) => {
      if (!graphqlDecorator(node)) return;
      const name = node.id ? node.id.name : '(anonymous class)';
      if (first === null) first = name;
      else context.report({ node: node.id ?? node, messageId: 'extra', data: { name, first } });
    };
    return { ClassDeclaration: check, ClassExpression: check };
  },
};

export const graphqlTypes = { rules: { 'one-type-per-file': oneGraphqlTypePerFile } };
