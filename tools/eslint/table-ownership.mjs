// STYLE.md rule 12 (one owner per table) as a lint rule: a server lib may not import another
// server lib's entity classes (`FooEntity`, `FOO_ENTITIES`), because holding the entity is how one
// context would read or write another's table. Ask the owner through its exported services or a
// batch-loader port instead. Only the app's data-source wiring lists every entity (apps/, not linted here).

const SERVER_LIB = /^@opencx\/server-([a-z-]+)$/;
const ENTITY_NAME = /(Entity|_ENTITIES)$/;

/** The lib a file belongs to, from its path (libs/server/<lib>/...). */
function libOf(filename) {
  const match = /(?:^|[\\/])libs[\\/]server[\\/]([a-z-]+)[\\/]/.exec(filename);
  return match ? match[1] : null;
}

const noForeignEntity = {
  meta: {
    type: 'problem',
    docs: { description: "Forbid importing another server context's entities (its tables)." },
    schema: [],
    messages: {
      foreign: "'{{name}}' is a table of server-{{owner}}; call server-{{owner}}'s exported services or a loader port instead of using its entity (STYLE.md rule 12).",
    },
  },
  create(context) {
    const own = libOf(context.filename ?? context.getFilename());
    if (!own) return {};
    const check = (node) => {
      const source = node.source && node.source.value;
      const match = typeof source === 'string' ? SERVER_LIB.exec(source) : null;
      if (!match || match[1] === own) return;
      for (const specifier of node.specifiers ?? []) {
        const imported = specifier.type === 'ImportSpecifier' ? specifier.imported : specifier.type === 'ExportSpecifier' ? specifier.local : null;
        const name = imported && (imported.name ?? imported.value);
        if (name && ENTITY_NAME.test(name)) context.report({ node: specifier, messageId: 'foreign', data: { name, owner: match[1] } });
      }
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check };
  },
};

export const tableOwnership = { rules: { 'no-foreign-entity': noForeignEntity } };
