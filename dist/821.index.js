export const id = 821;
export const ids = [821];
export const modules = {

/***/ 2821:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkNode: () => (/* binding */ checkNode),
  isNodeProject: () => (/* binding */ isNodeProject),
  loadNode: () => (/* binding */ loadNode),
  nodeLaunch: () => (/* binding */ nodeLaunch)
});

// EXTERNAL MODULE: ./src/project/files.ts
var project_files = __webpack_require__(3930);
;// CONCATENATED MODULE: ./src/project/node/ast.ts
const SKIP_KEYS = new Set([
    'loc',
    'start',
    'end',
    'range',
    'extra',
    'comments',
    'leadingComments',
    'trailingComments',
    'innerComments',
    'typeAnnotation',
    'typeParameters',
    'typeArguments',
    'returnType',
    'superTypeParameters',
    'superTypeArguments',
    'predicate'
]);
function isNode(v) {
    return typeof v === 'object' && v !== null && typeof v.type === 'string';
}
/** Children of a node (skipping type annotations and TS-only declarations). */
function children(node) {
    const out = [];
    for (const key of Object.keys(node)) {
        if (SKIP_KEYS.has(key))
            continue;
        const v = node[key];
        if (Array.isArray(v)) {
            for (const c of v)
                if (isNode(c) && !isTypeOnly(c))
                    out.push({ key, child: c });
        }
        else if (isNode(v) && !isTypeOnly(v)) {
            out.push({ key, child: v });
        }
    }
    return out;
}
function isTypeOnly(n) {
    switch (n.type) {
        case 'TSInterfaceDeclaration':
        case 'TSTypeAliasDeclaration':
        case 'TSDeclareFunction':
        case 'TSModuleDeclaration':
        case 'TSTypeAnnotation':
        case 'TSTypeParameterDeclaration':
        case 'TSTypeParameterInstantiation':
            return true;
        case 'ImportDeclaration':
        case 'ExportNamedDeclaration':
            return (n.importKind === 'type' ||
                n.exportKind === 'type');
        case 'VariableDeclaration':
            return n.declare === true;
        default:
            return false;
    }
}
function isFunction(n) {
    return (n.type === 'FunctionDeclaration' ||
        n.type === 'FunctionExpression' ||
        n.type === 'ArrowFunctionExpression' ||
        n.type === 'ObjectMethod' ||
        n.type === 'ClassMethod' ||
        n.type === 'ClassPrivateMethod');
}
/** Strips parentheses, TS casts and non-null assertions. */
function unwrap(e) {
    let n = e;
    for (;;) {
        if (n.type === 'TSAsExpression' ||
            n.type === 'TSSatisfiesExpression' ||
            n.type === 'TSNonNullExpression' ||
            n.type === 'TSTypeAssertion' ||
            n.type === 'ParenthesizedExpression') {
            n = n.expression;
        }
        else
            return n;
    }
}
/** The name of a non-computed (or string-literal) property key / member property. */
function propName(node, computed) {
    if (!computed && node.type === 'Identifier')
        return node.name;
    if (node.type === 'StringLiteral')
        return node.value;
    return undefined;
}
function memberName(m) {
    return propName(m.property, m.computed);
}
/** The nearest enclosing function of a node (null: module level). */
function enclosingFn(mod, node) {
    for (let p = mod.parent.get(node); p; p = mod.parent.get(p))
        if (isFunction(p))
            return p;
    return null;
}
/** true when `inner` is `outer` or lies inside it (null = module, which contains everything). */
function fnWithin(mod, inner, outer) {
    if (outer === null)
        return true;
    for (let f = inner; f; f = mod.parentFn.get(f) ?? null)
        if (f === outer)
            return true;
    return false;
}
function pos(node) {
    return { line: node.loc?.start.line ?? 1, column: (node.loc?.start.column ?? 0) + 1 };
}

;// CONCATENATED MODULE: ./src/project/node/exports.ts

function collectEsmExports(mod) {
    const top = mod.module;
    for (const st of mod.ast.program.body) {
        if (st.type === 'ExportNamedDeclaration') {
            if (st.exportKind === 'type')
                continue;
            if (st.declaration) {
                const d = st.declaration;
                if (d.type === 'VariableDeclaration') {
                    for (const decl of d.declarations) {
                        if (decl.id.type === 'Identifier') {
                            const b = top.bindings.get(decl.id.name);
                            mod.exports.set(decl.id.name, { binding: b });
                        }
                    }
                }
                else if ((d.type === 'FunctionDeclaration' || d.type === 'ClassDeclaration') && d.id) {
                    mod.exports.set(d.id.name, { binding: top.bindings.get(d.id.name), expr: d });
                }
            }
            for (const sp of st.specifiers) {
                if (sp.type !== 'ExportSpecifier')
                    continue;
                const exported = sp.exported.type === 'Identifier' ? sp.exported.name : sp.exported.value;
                const local = sp.local.type === 'Identifier' ? sp.local.name : sp.local.value;
                if (st.source)
                    mod.exports.set(exported, { from: { source: st.source.value, name: local } });
                else
                    mod.exports.set(exported, { binding: top.bindings.get(local) });
            }
        }
        else if (st.type === 'ExportDefaultDeclaration') {
            const d = st.declaration;
            if (d.type === 'Identifier')
                mod.exports.set('default', { binding: top.bindings.get(d.name), expr: d });
            else
                mod.exports.set('default', {
                    expr: d,
                    binding: (d.type === 'FunctionDeclaration' || d.type === 'ClassDeclaration') && d.id
                        ? top.bindings.get(d.id.name)
                        : undefined
                });
        }
        else if (st.type === 'ExportAllDeclaration') {
            mod.starExports.push(st.source.value);
        }
    }
}
/** `module.exports = x`, `module.exports.a = x`, `exports.a = x`. */
function recordCjsExport(mod, node, shadow) {
    if (shadow)
        return;
    const left = node.left;
    if (left.type !== 'MemberExpression')
        return;
    const obj = left.object;
    const name = memberName(left);
    if (!name)
        return;
    if (obj.type === 'Identifier' && obj.name === 'module' && name === 'exports') {
        mod.exports.set('default', { expr: node.right });
        const r = unwrap(node.right);
        if (r.type === 'ObjectExpression') {
            for (const p of r.properties) {
                if (p.type === 'ObjectProperty') {
                    const k = propName(p.key, p.computed);
                    if (k)
                        mod.exports.set(k, { expr: p.value });
                }
                else if (p.type === 'ObjectMethod') {
                    const k = propName(p.key, p.computed);
                    if (k)
                        mod.exports.set(k, { expr: p });
                }
            }
        }
    }
    else if ((obj.type === 'Identifier' && obj.name === 'exports') ||
        (obj.type === 'MemberExpression' &&
            obj.object.type === 'Identifier' &&
            obj.object.name === 'module' &&
            memberName(obj) === 'exports')) {
        mod.exports.set(name, { expr: node.right });
    }
}

;// CONCATENATED MODULE: ./src/project/node/scope.ts


/** Builds scopes, resolves references, collects calls, imports and exports. */
function analyze(file, text, ast) {
    const parent = new Map();
    const scopeOf = new Map();
    const parentFn = new Map();
    const declIds = new Set();
    const moduleScope = { node: ast.program, fn: null, bindings: new Map() };
    scopeOf.set(ast.program, moduleScope);
    const mod = {
        file,
        ast,
        text,
        module: moduleScope,
        refs: new Map(),
        bindings: [],
        calls: [],
        parentFn,
        parent,
        imports: [],
        exports: new Map(),
        starExports: []
    };
    const declare = (scope, id, b) => {
        declIds.add(id);
        if (!scope.bindings.has(id.name)) {
            const binding = { name: id.name, id, scope, references: [], assignments: [], ...b };
            scope.bindings.set(id.name, binding);
            mod.bindings.push(binding);
        }
    };
    const functionScope = (s) => {
        let c = s;
        while (c.parent && !isFunction(c.node) && c.node.type !== 'Program')
            c = c.parent;
        return c;
    };
    const declarePattern = (scope, pat, kind, decl, init, key, fallback) => {
        const p = unwrap(pat);
        if (p.type === 'Identifier')
            declare(scope, p, { kind, decl, init, key, fallback });
        else if (p.type === 'AssignmentPattern')
            declarePattern(scope, p.left, kind, decl, init, key, p.right);
        else if (p.type === 'ObjectPattern') {
            for (const prop of p.properties) {
                if (prop.type === 'RestElement')
                    declarePattern(scope, prop.argument, kind, decl, undefined);
                else {
                    const k = propName(prop.key, prop.computed);
                    // One level of destructuring keeps the link to the source (`const { A } = require('x')`).
                    declarePattern(scope, prop.value, kind, decl, key === undefined ? init : undefined, key === undefined ? k : undefined);
                }
            }
        }
        else if (p.type === 'ArrayPattern') {
            for (const el of p.elements)
                if (el)
                    declarePattern(scope, el, kind, decl, undefined);
        }
        else if (p.type === 'RestElement')
            declarePattern(scope, p.argument, kind, decl, undefined);
    };
    // Pass 1: scopes and declarations.
    const visit1 = (node, scope, fn) => {
        let s = scope;
        let f = fn;
        if (isFunction(node)) {
            parentFn.set(node, fn);
            f = node;
            s = { node, parent: scope, fn: node, bindings: new Map() };
            scopeOf.set(node, s);
            if (node.type === 'FunctionExpression' && node.id)
                declare(s, node.id, { kind: 'function', decl: node });
            for (const p of node.params)
                declarePattern(s, p.type === 'TSParameterProperty' ? p.parameter : p, 'param', node, undefined);
        }
        else if (node.type === 'BlockStatement' ||
            node.type === 'ForStatement' ||
            node.type === 'ForInStatement' ||
            node.type === 'ForOfStatement' ||
            node.type === 'SwitchStatement' ||
            node.type === 'StaticBlock') {
            const p = parent.get(node);
            if (!(node.type === 'BlockStatement' && p && isFunction(p))) {
                s = { node, parent: scope, fn, bindings: new Map() };
                scopeOf.set(node, s);
            }
        }
        else if (node.type === 'CatchClause') {
            s = { node, parent: scope, fn, bindings: new Map() };
            scopeOf.set(node, s);
            if (node.param)
                declarePattern(s, node.param, 'catch', node, undefined);
        }
        switch (node.type) {
            case 'VariableDeclaration': {
                const kind = node.kind === 'var' ? 'var' : node.kind === 'const' ? 'const' : 'let';
                const target = kind === 'var' ? functionScope(s) : s;
                for (const d of node.declarations)
                    declarePattern(target, d.id, kind, d, d.init ?? undefined);
                break;
            }
            case 'FunctionDeclaration':
                if (node.id)
                    declare(scope, node.id, { kind: 'function', decl: node });
                break;
            case 'ClassDeclaration':
                if (node.id)
                    declare(s, node.id, { kind: 'class', decl: node });
                break;
            case 'ImportDeclaration': {
                const typeOnly = node.importKind === 'type';
                const names = [];
                for (const sp of node.specifiers) {
                    const spTypeOnly = sp.importKind === 'type';
                    const imported = sp.type === 'ImportDefaultSpecifier'
                        ? 'default'
                        : sp.type === 'ImportNamespaceSpecifier'
                            ? '*'
                            : sp.imported.type === 'Identifier'
                                ? sp.imported.name
                                : sp.imported.value;
                    if (!typeOnly && !spTypeOnly) {
                        declare(moduleScope, sp.local, {
                            kind: 'import',
                            decl: sp,
                            importSource: node.source.value,
                            imported
                        });
                        names.push({ imported, node: sp });
                    }
                }
                mod.imports.push({
                    source: node.source.value,
                    node,
                    typeOnly: typeOnly || (node.specifiers.length > 0 && names.length === 0),
                    names
                });
                break;
            }
            default:
                break;
        }
        for (const { child } of children(node)) {
            parent.set(child, node);
            visit1(child, s, f);
        }
    };
    visit1(ast.program, moduleScope, null);
    const lookup = (scope, name) => {
        for (let s = scope; s; s = s.parent) {
            const b = s.bindings.get(name);
            if (b)
                return b;
        }
        return undefined;
    };
    // Pass 2: references, calls, exports.
    const visit2 = (node, scope, fn) => {
        const s = scopeOf.get(node) ?? scope;
        const f = isFunction(node) ? node : fn;
        if (node.type === 'Identifier' && !declIds.has(node) && isReference(node, parent.get(node))) {
            const b = lookup(s, node.name);
            if (b) {
                mod.refs.set(node, b);
                b.references.push(node);
            }
        }
        if (node.type === 'CallExpression' ||
            node.type === 'NewExpression' ||
            node.type === 'OptionalCallExpression') {
            mod.calls.push({ node, fn: f, scope: s });
            // require('x') as an import of x (for the dependency rules).
            if (node.type === 'CallExpression' &&
                node.callee.type === 'Identifier' &&
                node.callee.name === 'require' &&
                !lookup(s, 'require')) {
                const a = node.arguments[0];
                if (a?.type === 'StringLiteral')
                    mod.imports.push({ source: a.value, node, typeOnly: false, names: [] });
            }
        }
        if (node.type === 'ImportExpression') {
            const a = node.source;
            if (a.type === 'StringLiteral')
                mod.imports.push({ source: a.value, node, typeOnly: false, names: [] });
        }
        if (node.type === 'AssignmentExpression' && node.left.type === 'Identifier') {
            const b = lookup(s, node.left.name);
            if (b && node.operator === '=')
                b.assignments.push({ value: node.right, node });
        }
        if (node.type === 'AssignmentExpression' && node.operator === '=')
            recordCjsExport(mod, node, lookup(s, 'module') || lookup(s, 'exports'));
        for (const { child } of children(node))
            visit2(child, s, f);
    };
    visit2(ast.program, moduleScope, null);
    collectEsmExports(mod);
    return mod;
}
function isReference(node, parent) {
    if (!parent)
        return true;
    switch (parent.type) {
        case 'MemberExpression':
        case 'OptionalMemberExpression':
            return parent.object === node || parent.computed;
        case 'ObjectProperty':
            return parent.value === node || (parent.computed && parent.key === node);
        case 'ObjectMethod':
        case 'ClassMethod':
        case 'ClassPrivateMethod':
        case 'ClassProperty':
        case 'ClassAccessorProperty':
            return parent.computed && parent.key === node;
        case 'LabeledStatement':
        case 'BreakStatement':
        case 'ContinueStatement':
        case 'MetaProperty':
            return false;
        case 'ExportSpecifier':
            return parent.local === node;
        case 'ImportSpecifier':
        case 'ImportDefaultSpecifier':
        case 'ImportNamespaceSpecifier':
            return false;
        default:
            return true;
    }
}

;// CONCATENATED MODULE: ./src/project/node/parse.ts

let parseFn;
/** Loads @babel/parser once. */
async function loadParser() {
    if (!parseFn) {
        const mod = (await __webpack_require__.e(/* import() */ 411).then(__webpack_require__.bind(__webpack_require__, 6411)));
        parseFn = mod.parse;
    }
    return parseFn;
}
/** The parser when already loaded (for synchronous callers). */
function loadedParser() {
    return parseFn;
}
function parseModule(parse, file, text) {
    const lower = file.toLowerCase();
    const ts = /\.(ts|mts|cts|tsx)$/.test(lower);
    const jsx = /\.(tsx|jsx)$/.test(lower);
    const plugins = [];
    // tsc compiles decorators away (experimentalDecorators), so TypeScript may carry them; Node's JavaScript may not.
    if (ts)
        plugins.push(['typescript', {}], 'decorators-legacy');
    if (jsx)
        plugins.push('jsx');
    let ast;
    try {
        const cjs = lower.endsWith('.cjs') || lower.endsWith('.cts');
        ast = parse(text, {
            sourceType: cjs ? 'commonjs' : 'module',
            errorRecovery: true,
            // babel refuses these with sourceType commonjs (it implies the first; Node has no
            // top-level await there)
            ...(cjs ? {} : { allowReturnOutsideFunction: true, allowAwaitOutsideFunction: true }),
            allowImportExportEverywhere: true,
            allowUndeclaredExports: true,
            plugins
        });
    }
    catch (e) {
        const err = e;
        return {
            error: {
                message: cleanMessage(err.message),
                line: err.loc?.line ?? 1,
                column: (err.loc?.column ?? 0) + 1
            }
        };
    }
    // Recoverable errors that still mean "does not run" (duplicate declarations are tolerated: the AST is sound).
    const fatal = (ast.errors ?? []).find(e => !/already been declared|ReservedWord/i.test(e.reasonCode ?? e.message));
    const module = analyze(file, text, ast);
    if (fatal) {
        return {
            module,
            error: {
                message: cleanMessage(fatal.message),
                line: fatal.loc?.line ?? 1,
                column: (fatal.loc?.column ?? 0) + 1
            }
        };
    }
    return { module };
}
function cleanMessage(m) {
    return m.replace(/\s*\(\d+:\d+\)\s*$/, '');
}

;// CONCATENATED MODULE: ./src/project/node/api.ts
/**
 * What the two Node SDK lines export, as far as hosting on Azure Functions cares.
 *
 * 1.x: one package, `@modelcontextprotocol/sdk`, imported by subpath (`…/server/mcp.js`).
 * 2.x: split packages: `@modelcontextprotocol/server` (McpServer, createMcpHandler, the web-standard
 * transport; stdio under `/stdio`), `@modelcontextprotocol/node` (NodeStreamableHTTPServerTransport,
 * toNodeHandler), and the framework adapters `@modelcontextprotocol/express|hono|fastify`.
 * Checked against the published packages (sdk 1.10–1.32, server 2.0.0–2.4.0, node 2.0.0–2.1.2).
 */
const SDK1 = '@modelcontextprotocol/sdk';
const SPLIT2_SERVER = '@modelcontextprotocol/server';
const SPLIT2_PACKAGES = [
    '@modelcontextprotocol/server',
    '@modelcontextprotocol/node',
    '@modelcontextprotocol/express',
    '@modelcontextprotocol/hono',
    '@modelcontextprotocol/fastify',
    '@modelcontextprotocol/core'
];
/** Streamable HTTP arrived in the TypeScript SDK with 1.10.0. */
const SDK1_MIN_STREAMABLE = '1.10.0';
/**
 * The published 1.x versions of @modelcontextprotocol/sdk from 1.10 on (npm, 2026-12): without a
 * lockfile npm installs the newest that the range allows, judged here without asking the
 * registry. A range newer than this table is taken as fine.
 */
const SDK1_KNOWN_VERSIONS = [
    ...['1.0.0', '1.1.0', '1.2.0', '1.3.0', '1.4.0', '1.5.0', '1.6.0', '1.7.0', '1.8.0', '1.9.0'],
    ...['1.10.2', '1.11.5', '1.12.3', '1.13.3', '1.14.0', '1.15.1', '1.16.0', '1.17.5', '1.18.2'],
    ...['1.19.1', '1.20.2', '1.21.2', '1.22.0', '1.23.1', '1.24.3', '1.25.3', '1.26.0', '1.27.1'],
    ...['1.28.0', '1.29.0', '1.30.1', '1.31.0', '1.32.2']
];
/** Since 1.26 a reused server/stateless transport throws instead of silently mixing clients. */
const SDK1_REUSE_THROWS = '1.26.0';
const SDK1_TABLE = {
    'server/mcp': { McpServer: { kind: 'server' } },
    'server/index': { Server: { kind: 'server' } },
    server: { Server: { kind: 'server' } },
    'server/streamableHttp': {
        StreamableHTTPServerTransport: { kind: 'http-transport', since: SDK1_MIN_STREAMABLE }
    },
    'server/webStandardStreamableHttp': {
        WebStandardStreamableHTTPServerTransport: { kind: 'http-transport', since: '1.25.0' }
    },
    'server/stdio': { StdioServerTransport: { kind: 'stdio' } },
    'server/sse': { SSEServerTransport: { kind: 'sse' } },
    'server/express': { createMcpExpressApp: { kind: 'app-factory', since: '1.24.2' } }
};
/** Subpath modules of sdk 1.x and the version that added them (for the "every allowed version" rule). */
const SDK1_SUBPATH_SINCE = {
    'server/streamableHttp': SDK1_MIN_STREAMABLE,
    'server/webStandardStreamableHttp': '1.25.0',
    'server/express': '1.24.2'
};
const SPLIT2_TABLE = {
    '@modelcontextprotocol/server': {
        McpServer: { kind: 'server' },
        Server: { kind: 'server' },
        WebStandardStreamableHTTPServerTransport: { kind: 'http-transport' },
        createMcpHandler: { kind: 'handler-factory' }
    },
    '@modelcontextprotocol/server/stdio': {
        StdioServerTransport: { kind: 'stdio' },
        serveStdio: { kind: 'stdio' }
    },
    '@modelcontextprotocol/node': {
        NodeStreamableHTTPServerTransport: { kind: 'http-transport' },
        toNodeHandler: { kind: 'node-adapter' }
    },
    '@modelcontextprotocol/express': { createMcpExpressApp: { kind: 'app-factory' } },
    '@modelcontextprotocol/hono': { createMcpHonoApp: { kind: 'app-factory' } },
    '@modelcontextprotocol/fastify': { createMcpFastifyApp: { kind: 'app-factory' } }
};
/** Names people carry over from the other line; importing them from the wrong package fails at start. */
const WRONG_LINE = {
    split2: {
        StreamableHTTPServerTransport: "NodeStreamableHTTPServerTransport from '@modelcontextprotocol/node' (or createMcpHandler + toNodeHandler)",
        SSEServerTransport: 'nothing: 2.x has no SSE server transport; serve streamable HTTP',
        McpError: "ProtocolError from '@modelcontextprotocol/server'",
        ErrorCode: "ProtocolErrorCode from '@modelcontextprotocol/server'"
    },
    sdk1: {
        NodeStreamableHTTPServerTransport: "StreamableHTTPServerTransport from '@modelcontextprotocol/sdk/server/streamableHttp.js'",
        createMcpHandler: 'a fresh McpServer + StreamableHTTPServerTransport per request (1.x has no createMcpHandler)',
        toNodeHandler: 'transport.handleRequest(req, res, req.body) (1.x has no toNodeHandler)',
        serveStdio: 'StdioServerTransport',
        ProtocolError: 'McpError'
    }
};
/** Valid module specifiers of the 2.x packages (their `exports`). */
const SPLIT2_SUBPATHS = new Set([
    '@modelcontextprotocol/server',
    '@modelcontextprotocol/server/stdio',
    '@modelcontextprotocol/server/validators/ajv',
    '@modelcontextprotocol/server/validators/cf-worker',
    '@modelcontextprotocol/server/ext/skills',
    '@modelcontextprotocol/server/ext/skills/node',
    '@modelcontextprotocol/node',
    '@modelcontextprotocol/express',
    '@modelcontextprotocol/hono',
    '@modelcontextprotocol/fastify',
    '@modelcontextprotocol/core',
    '@modelcontextprotocol/client'
]);
/** The package name of a bare specifier (`@scope/name/sub` → `@scope/name`). */
function packageOf(spec) {
    const parts = spec.split('/');
    return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}
function lineOfSource(source) {
    const pkg = packageOf(source);
    if (pkg === SDK1)
        return 'sdk1';
    if (pkg.startsWith('@modelcontextprotocol/') && pkg !== SDK1)
        return 'split2';
    return undefined;
}
/** `@modelcontextprotocol/sdk/server/mcp.js` → `server/mcp` (undefined for other packages). */
function sdk1Subpath(source) {
    if (source === SDK1)
        return '';
    if (!source.startsWith(SDK1 + '/'))
        return undefined;
    return source.slice(SDK1.length + 1).replace(/\.(js|cjs|mjs)$/, '');
}
function lookupApi(source, name) {
    const line = lineOfSource(source);
    if (line === 'sdk1') {
        const sub = sdk1Subpath(source);
        const e = sub === undefined ? undefined : SDK1_TABLE[sub]?.[name];
        return e ? { ...e, line } : undefined;
    }
    if (line === 'split2') {
        const e = SPLIT2_TABLE[source]?.[name];
        return e ? { ...e, line } : undefined;
    }
    return undefined;
}
/** The right replacement when `name` is imported from a package of `line` that does not have it. */
function wrongLineName(source, name) {
    const line = lineOfSource(source);
    if (!line)
        return undefined;
    if (line === 'split2' && name === 'StdioServerTransport' && source === SPLIT2_SERVER) {
        return "StdioServerTransport from '@modelcontextprotocol/server/stdio'";
    }
    return WRONG_LINE[line][name];
}
/**
 * Why the module specifier cannot load, or undefined when it is fine (or unknown to us).
 * sdk 1.x maps `./*` to `./dist/esm/*` with no extension search: the `.js` is required.
 */
function badSpecifier(source) {
    const line = lineOfSource(source);
    if (line === 'sdk1') {
        if (source === SDK1)
            return undefined;
        const sub = source.slice(SDK1.length + 1);
        const bare = [
            'server',
            'client',
            'validation',
            'validation/ajv',
            'validation/cfworker',
            'experimental',
            'experimental/tasks'
        ];
        if (bare.includes(sub) || /\.(js|cjs|mjs)$/.test(sub))
            return undefined;
        return {
            message: `'${source}' does not resolve: @modelcontextprotocol/sdk maps subpaths to files without adding an extension, so Node fails to load it at start`,
            fix: `import from '${source}.js'`
        };
    }
    if (line === 'split2' && source.startsWith('@modelcontextprotocol/')) {
        const pkg = packageOf(source);
        if (SPLIT2_SUBPATHS.has(source) || !SPLIT2_SUBPATHS.has(pkg))
            return undefined;
        return {
            message: `'${source}' is not an entry point of ${pkg} 2.x (the 2.x packages have no deep imports)`,
            fix: pkg === SPLIT2_SERVER
                ? `import from '${SPLIT2_SERVER}' (stdio: '${SPLIT2_SERVER}/stdio')`
                : `import from '${pkg}'`
        };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/project/node/coderun.ts

class CodeRun {
    input;
    out = [];
    entities = [];
    constructor(input) {
        this.input = input;
        for (const mod of input.graph.modules.values()) {
            for (const site of mod.calls) {
                const api = input.resolver.api(mod, site.node.callee);
                if (api)
                    this.entities.push({ api, site, mod });
            }
        }
    }
    add(rule, severity, file, node, message, fix) {
        const p = node ? pos(node) : { line: 1, column: undefined };
        this.out.push({
            rule,
            severity,
            file,
            line: p.line,
            ...(p.column ? { column: p.column } : {}),
            message,
            fix
        });
    }
    of(kind) {
        return this.entities.filter(e => e.api.kind === kind);
    }
    get servesHttp() {
        return this.of('http-transport').length > 0 || this.of('handler-factory').length > 0;
    }
}
/** The object literal an argument is, or names (`const opts = { … }`). */
function objectOf(resolver, mod, arg) {
    const a = unwrap(arg);
    if (a.type === 'ObjectExpression')
        return { mod, node: a };
    const s = resolver.resolve(mod, a);
    if (s?.kind === 'value') {
        const n = unwrap(s.node);
        if (n.type === 'ObjectExpression')
            return { mod: s.mod, node: n };
    }
    return undefined;
}
/** The name a call or `new` is made with, for messages. */
function calleeName(callee) {
    const c = unwrap(callee);
    if (c.type === 'Identifier')
        return c.name;
    if (c.type === 'MemberExpression' || c.type === 'OptionalMemberExpression')
        return memberName(c) ?? 'the object';
    return 'the object';
}

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(9547);
// EXTERNAL MODULE: ./src/project/json.ts
var json = __webpack_require__(1343);
;// CONCATENATED MODULE: ./src/project/node/lock.ts
/** Reads the lockfile as data; undefined when there is none or it is not usable JSON. */
function readNpmLock(files) {
    for (const file of ['npm-shrinkwrap.json', 'package-lock.json']) {
        const text = files.text(file);
        if (text === undefined)
            continue;
        let lock;
        try {
            lock = JSON.parse(text);
        }
        catch {
            return undefined;
        }
        if (!lock || typeof lock !== 'object')
            return undefined;
        const versions = new Map();
        if (lock.packages && typeof lock.packages === 'object') {
            for (const [key, entry] of Object.entries(lock.packages)) {
                if (!key.startsWith('node_modules/'))
                    continue;
                const rest = key.slice('node_modules/'.length);
                if (rest.includes('/node_modules/'))
                    continue;
                versions.set(rest, typeof entry?.version === 'string' ? entry.version : '');
            }
        }
        else if (lock.dependencies && typeof lock.dependencies === 'object') {
            // lockfileVersion 1
            for (const [name, entry] of Object.entries(lock.dependencies))
                versions.set(name, typeof entry?.version === 'string' ? entry.version : '');
        }
        else
            return undefined;
        return { file, versions };
    }
    return undefined;
}
/**
 * The dependencies of package.json that the lockfile does not satisfy, as npm ci sees them:
 * missing from it, or locked at a version outside the range. Specs that are not version ranges
 * (git, file, tags, aliases) are checked for presence only; optional dependencies may be absent.
 */
function lockDrift(lock, deps, semver) {
    const out = [];
    for (const d of deps) {
        const locked = lock.versions.get(d.name);
        if (locked === undefined) {
            if (!d.optional)
                out.push({ name: d.name, spec: d.spec });
            continue;
        }
        const range = semver.validRange(d.spec.trim() === '' ? '*' : d.spec);
        if (!range || !semver.valid(locked))
            continue;
        if (!semver.satisfies(locked, range, { includePrerelease: true }))
            out.push({ name: d.name, spec: d.spec, locked });
    }
    return out;
}
/** pnpm's own protocols, which npm refuses (EUNSUPPORTEDPROTOCOL). */
function isPnpmSpec(spec) {
    return /^(catalog|workspace):/.test(spec.trim());
}

;// CONCATENATED MODULE: ./src/project/node/deps.ts
/** package.json: present, strict JSON, and an MCP SDK requirement that fits the code's API line. */





const PACKAGE_JSON = 'package.json';
let semver;
/** Loads semver on first use (a Python repo's check never needs it). */
async function loadSemver() {
    if (!semver) {
        const m = (await __webpack_require__.e(/* import() */ 88).then(__webpack_require__.t.bind(__webpack_require__, 2088, 23)));
        semver = m.default ?? m;
    }
}
const SECTIONS = [
    'dependencies',
    'optionalDependencies',
    'peerDependencies',
    'devDependencies'
];
const SDK_FIX = `add "${SDK1}": "^1.26.0" to "dependencies" (or the 2.x split packages "${SPLIT2_SERVER}" + "@modelcontextprotocol/node")`;
function readPackageJson(files) {
    const info = {
        findings: [],
        present: false,
        deps: new Map(),
        scripts: {},
        scriptLine: () => 1
    };
    const r = files.read(PACKAGE_JSON);
    if (r.kind === 'missing') {
        info.findings.push({
            rule: 'node-deps/package-json-missing',
            severity: 'error',
            file: PACKAGE_JSON,
            line: 1,
            message: "package.json is missing: the deployment installs the server's dependencies from it",
            fix: `run \`npm init -y\` in the server folder, then \`npm install ${SDK1}@^1.26.0\``
        });
        return info;
    }
    info.present = true;
    const unusable = (0,project_files/* unusableFileFinding */.fN)('node-deps/package-json-unreadable', PACKAGE_JSON, r);
    if (unusable || r.kind !== 'ok') {
        if (unusable)
            info.findings.push(unusable);
        return info;
    }
    const doc = new json/* JsonDoc */.$G(r.text);
    if (!doc.ok) {
        const e = doc.errors[0] ?? { message: 'no JSON value', line: 1, column: 1 };
        info.findings.push(syntaxFinding(e.message, e.line, e.column));
        return info;
    }
    // npm reads package.json as strict JSON: no comments, no trailing commas.
    const strict = [];
    (0,main.parseTree)(r.text, strict, { disallowComments: true, allowTrailingComma: false });
    if (strict.length > 0) {
        const at = new json/* LineIndex */.rr(r.text).at(strict[0].offset);
        const code = (0,main.printParseErrorCode)(strict[0].error);
        const what = code === 'InvalidCommentToken' ? 'a comment' : 'a trailing comma';
        info.findings.push(syntaxFinding(`${what} (${code}): npm reads package.json as strict JSON`, at.line, at.column));
        return info;
    }
    if (!doc.isObject([])) {
        info.findings.push({
            rule: 'node-deps/package-json-syntax',
            severity: 'error',
            file: PACKAGE_JSON,
            line: 1,
            column: 1,
            message: 'package.json is not a JSON object',
            fix: 'make package.json an object with "name", "version" and "dependencies"'
        });
        return info;
    }
    info.doc = doc;
    const str = (v) => (typeof v === 'string' ? v : undefined);
    info.main = str(doc.get(['main']));
    info.name = str(doc.get(['name']));
    const scripts = doc.get(['scripts']);
    if (scripts && typeof scripts === 'object' && !Array.isArray(scripts)) {
        for (const [k, v] of Object.entries(scripts))
            if (typeof v === 'string')
                info.scripts[k] = v;
    }
    info.scriptLine = (name) => doc.line(['scripts', name]);
    info.lock = readNpmLock(files);
    info.installed = info.lock ? new Set(info.lock.versions.keys()) : undefined;
    for (const section of SECTIONS) {
        for (const k of doc.keys([section])) {
            const spec = doc.get([section, k.key]);
            if (typeof spec !== 'string' || info.deps.has(k.key))
                continue;
            info.deps.set(k.key, { name: k.key, spec, section, line: k.line, column: k.column });
        }
    }
    return info;
}
function syntaxFinding(detail, line, column) {
    return {
        rule: 'node-deps/package-json-syntax',
        severity: 'error',
        file: PACKAGE_JSON,
        line,
        column,
        message: `package.json has a syntax error at line ${line}, column ${column}: ${detail}; npm cannot install anything`,
        fix: "fix the JSON at that position (check with `node -e \"JSON.parse(require('fs').readFileSync('package.json','utf8'))\"`)"
    };
}
/** The declared SDK packages, per line (2.x: @modelcontextprotocol/server, else an adapter that peer-depends on it). */
function declaredSdk(pkg) {
    const split2All = SPLIT2_PACKAGES.filter(n => n !== '@modelcontextprotocol/core').flatMap(n => pkg.deps.get(n) ?? []);
    return {
        sdk1: pkg.deps.get(SDK1),
        split2: pkg.deps.get(SPLIT2_SERVER) ?? split2All[0],
        split2All
    };
}
/** Does the spec allow a version below `version`? undefined when it cannot tell. */
function allowsBelow(spec, version) {
    const r = rangeOf(spec);
    if (!semver || r.range === undefined)
        return undefined;
    const min = semver.minVersion(r.range);
    return min ? semver.lt(min, version) : undefined;
}
/** A semver range for an npm spec, or why there is none. */
function rangeOf(spec) {
    const s = spec.trim();
    if (s === '' || s === '*' || s === 'latest' || s === 'x' || s === 'X')
        return { range: '*', unbounded: true };
    if (s.startsWith('npm:')) {
        const at = s.lastIndexOf('@');
        return at > 4 ? rangeOf(s.slice(at + 1)) : { range: '*', unbounded: true };
    }
    const valid = semver?.validRange(s);
    if (valid)
        return { range: s };
    return { other: s };
}
/** The sdk 1.x version npm installs for `dep`: the lockfile's, else the newest known in range. */
function installedSdk(dep, range, lock) {
    if (!semver)
        return undefined;
    const locked = lock?.versions.get(dep.name);
    if (locked &&
        semver.valid(locked) &&
        semver.satisfies(locked, range, { includePrerelease: true }))
        return { version: locked, from: `locked in ${lock?.file}` };
    const newest = semver.maxSatisfying(SDK1_KNOWN_VERSIONS, range);
    if (newest)
        return { version: newest, from: 'the newest the range allows' };
    const min = semver.minVersion(range);
    const last = SDK1_KNOWN_VERSIONS[SDK1_KNOWN_VERSIONS.length - 1];
    if (min && semver.lte(min, last))
        return { version: min.version, from: 'the range' };
    return undefined;
}
function checkDeps(pkg, usage) {
    const out = [...pkg.findings];
    if (!pkg.doc)
        return out;
    const { sdk1, split2, split2All } = declaredSdk(pkg);
    const f = (rule, severity, dep, message, fix) => {
        out.push({
            rule: `node-deps/${rule}`,
            severity,
            file: PACKAGE_JSON,
            line: dep?.line ?? 1,
            ...(dep ? { column: dep.column } : {}),
            message,
            fix
        });
    };
    const pnpm = [...pkg.deps.values()].filter(d => isPnpmSpec(d.spec));
    if (pnpm.length > 0) {
        f('pnpm-spec', 'error', pnpm[0], `npm cannot install pnpm's ${[...new Set(pnpm.map(d => d.spec.split(':')[0] + ':'))].join(' and ')} specs: ${pnpm.map(d => `${d.name} "${d.spec}"`).join(', ')} (npm fails with EUNSUPPORTEDPROTOCOL before anything is installed)`, 'replace each with the version range it stands for (from pnpm-workspace.yaml for catalog:, the package version for workspace:), as `pnpm pack` does when it publishes');
    }
    if (pkg.lock && semver && pnpm.length === 0) {
        const drift = lockDrift(pkg.lock, [...pkg.deps.values()]
            .filter(d => d.section !== 'peerDependencies')
            .map(d => ({ name: d.name, spec: d.spec, optional: d.section === 'optionalDependencies' })), semver);
        if (drift.length > 0) {
            const first = pkg.deps.get(drift[0].name);
            f('lock-stale', 'error', first, `${pkg.lock.file} is out of sync with package.json, so \`npm ci\` refuses to install: ${drift
                .map(d => d.locked === undefined
                ? `${d.name} ${d.spec} is missing from the lock file`
                : `the lock file's ${d.name}@${d.locked} does not satisfy ${d.spec}`)
                .join('; ')}`, `run \`npm install\` in the server folder and commit the updated ${pkg.lock.file}`);
        }
    }
    if (!sdk1 && !split2) {
        f('sdk-missing', 'error', undefined, `package.json requires neither ${SDK1} (1.x) nor ${SPLIT2_SERVER} (2.x): the MCP SDK is not installed on deploy`, SDK_FIX);
        return out;
    }
    if (sdk1 && split2) {
        f('two-sdk-lines', 'notice', split2, `package.json requires both SDK lines (${SDK1} ${sdk1.spec} and ${split2.name} ${split2.spec}); objects of one line are not accepted by the other`, usage.codeLine === 'sdk1'
            ? `remove ${SPLIT2_SERVER} (the code uses ${SDK1})`
            : usage.codeLine === 'split2'
                ? `remove ${SDK1} (the code uses the 2.x packages)`
                : 'keep the line the server code imports and remove the other');
    }
    for (const dep of [sdk1, ...split2All]) {
        if (!dep)
            continue;
        if (dep.section === 'devDependencies' && !usage.bundled) {
            f('sdk-dev-dependency', 'warning', dep, `${dep.name} is only in devDependencies: a production install (\`npm ci --omit=dev\`) leaves it out and the server fails at start`, `move "${dep.name}" to "dependencies"`);
        }
        const line = dep.name === SDK1 ? 'sdk1' : 'split2';
        checkRange(dep, line, usage, f);
    }
    return out;
}
function checkRange(dep, line, usage, f) {
    if (!semver)
        return; // loadNode() loads it; without it the ranges are not checked
    const r = rangeOf(dep.spec);
    const good = line === 'sdk1' ? '^1.26.0' : '^2.0.0';
    if (r.other !== undefined) {
        f('sdk-range-unchecked', 'notice', dep, `${dep.name} "${dep.spec}" is not a version range (a tag, git, file or workspace spec); its API line could not be checked`, `require a version range such as "${good}"`);
        return;
    }
    const range = r.range;
    const min = semver.minVersion(range);
    const nextMajor = line === 'sdk1' ? '>=2.0.0-0' : '>=3.0.0-0';
    const spansNext = r.unbounded || semver.intersects(range, nextMajor, { includePrerelease: true });
    if (line === 'sdk1') {
        // What npm installs: the lock's version (npm ci), else the newest the range allows.
        const installs = installedSdk(dep, range, usage.lock);
        const what = installs
            ? `npm installs ${installs.version} (${installs.from})`
            : 'npm installs a version newer than the ones known here';
        const tooOld = installs && semver.lt(installs.version, SDK1_MIN_STREAMABLE);
        if (tooOld) {
            f('sdk-too-old', 'error', dep, `${dep.name} "${dep.spec}": ${what}, which has no streamable HTTP transport (added in ${SDK1_MIN_STREAMABLE}): the server cannot be hosted with it`, `require "${dep.name}": "${good}"`);
        }
        else if (!min || semver.lt(min, SDK1_MIN_STREAMABLE)) {
            f('sdk-too-old', 'notice', dep, `${dep.name} "${dep.spec}" also allows versions before ${SDK1_MIN_STREAMABLE} (down to ${min?.version ?? 'any'}), which have no streamable HTTP transport; ${what}, so the deploy works`, `raise the floor: "${dep.name}": "${good}"`);
        }
        for (const s of usage.sdk1Subpaths) {
            const sub = sdk1Subpath(s.source) ?? '';
            const since = SDK1_SUBPATH_SINCE[sub];
            if (!since || since === SDK1_MIN_STREAMABLE || tooOld)
                continue;
            const fix = `require "${dep.name}": "^${semver.gte(since, '1.26.0') ? since : '1.26.0'}"`;
            if (installs && semver.lt(installs.version, since)) {
                f('sdk-range-api', 'error', dep, `${s.file}:${s.line} imports '${s.source}', added in ${since}, but ${what}, where that import fails`, fix);
            }
            else if (min && semver.lt(min, since) && !semver.lt(min, SDK1_MIN_STREAMABLE)) {
                f('sdk-range-api', 'notice', dep, `${s.file}:${s.line} imports '${s.source}', added in ${since}; "${dep.spec}" also allows ${min.version}, where that import fails, but ${what}`, fix);
            }
        }
    }
    else if (min &&
        min.major === 2 &&
        min.minor === 0 &&
        min.patch === 0 &&
        min.prerelease.length > 0) {
        f('sdk-prerelease', 'warning', dep, `${dep.name} "${dep.spec}" allows 2.0.0 pre-releases (from ${min.version}), whose API differs from the stable 2.x line`, `require "${dep.name}": "${good}"`);
    }
    if (spansNext) {
        f('sdk-range-unbounded', 'warning', dep, r.unbounded
            ? `${dep.name} "${dep.spec}" is unbounded: any future major version (a new API line) would be installed`
            : `${dep.name} "${dep.spec}" spans more than one major line (it also allows ${line === 'sdk1' ? '2.x' : '3.x'} and later), whose API differs`, `require "${dep.name}": "${good}"`);
    }
}
const BUNDLERS = [
    'esbuild',
    'ncc',
    'webpack',
    'rollup',
    'tsup',
    'parcel',
    'vite',
    'bun build',
    'rspack',
    'rolldown',
    'tsdown'
];
/** Does the build script bundle (inline dependencies)? Read from the script's words, not guessed from code. */
function buildBundles(pkg) {
    const words = (pkg.scripts.build ?? '').split(/[\s&|;()]+/);
    return BUNDLERS.some(b => b.includes(' ')
        ? (pkg.scripts.build ?? '').includes(b)
        : words.includes(b) || words.some(w => w.endsWith('/' + b)));
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/project/node/graph.ts
/**
 * The server's module graph (the entry and the local files it imports), and what an expression
 * stands for: an import from a package, a local module, or a value created somewhere.
 */




const CODE_EXTENSIONS = ['.ts', '.mts', '.cts', '.tsx', '.js', '.mjs', '.cjs', '.jsx'];
const MAX_MODULES = 40;
function isCodeFile(name) {
    const lower = name.toLowerCase();
    return (CODE_EXTENSIONS.some(e => lower.endsWith(e)) &&
        !lower.endsWith('.d.ts') &&
        !lower.endsWith('.d.mts') &&
        !lower.endsWith('.d.cts'));
}
function isLocalSpecifier(s) {
    return s.startsWith('./') || s.startsWith('../') || s === '.' || s === '..';
}
/** Resolves `./x.js` from `from` the way tsc/Node do (including `.js` written for a `.ts` file). */
function resolveLocal(files, from, spec) {
    const base = external_node_path_default().posix.normalize(external_node_path_default().posix.join(external_node_path_default().posix.dirname(from), spec));
    if (base.startsWith('../') || base === '..')
        return undefined;
    const candidates = [];
    const ext = external_node_path_default().posix.extname(base);
    const stem = base.slice(0, base.length - ext.length);
    if (ext === '.js' || ext === '.jsx')
        candidates.push(stem + '.ts', stem + '.tsx', base);
    else if (ext === '.mjs')
        candidates.push(stem + '.mts', base);
    else if (ext === '.cjs')
        candidates.push(stem + '.cts', base);
    else if (CODE_EXTENSIONS.includes(ext))
        candidates.push(base);
    else if (ext && files.isFile(base))
        candidates.push(base);
    else {
        for (const e of CODE_EXTENSIONS)
            candidates.push(base + e);
        for (const e of CODE_EXTENSIONS)
            candidates.push(`${base}/index${e}`);
    }
    return candidates.find(c => files.isFile(c));
}
function loadGraph(parse, files, entry) {
    const g = { modules: new Map(), parseErrors: [], unresolved: [], truncated: false };
    const queue = [entry];
    while (queue.length > 0) {
        const file = queue.shift();
        if (g.modules.has(file))
            continue;
        if (g.modules.size >= MAX_MODULES) {
            g.truncated = true;
            break;
        }
        const text = files.text(file);
        if (text === undefined)
            continue;
        const r = parseModule(parse, file, text);
        if (r.error)
            g.parseErrors.push({ file, ...r.error });
        if (!r.module)
            continue;
        g.modules.set(file, r.module);
        if (file === entry)
            g.entry = r.module;
        for (const imp of r.module.imports) {
            if (!isLocalSpecifier(imp.source))
                continue;
            const target = resolveLocal(files, file, imp.source);
            if (target) {
                if (isCodeFile(target))
                    queue.push(target);
            }
            else if (!imp.typeOnly)
                g.unresolved.push({ file, source: imp.source, node: imp.node });
        }
    }
    return g;
}
const MAX_DEPTH = 12;
class Resolver {
    graph;
    files;
    constructor(graph, files) {
        this.graph = graph;
        this.files = files;
    }
    moduleFor(from, source) {
        const f = resolveLocal(this.files, from.file, source);
        return f ? this.graph.modules.get(f) : undefined;
    }
    namespace(mod, source) {
        if (isLocalSpecifier(source)) {
            const m = this.moduleFor(mod, source);
            return m ? { kind: 'module', mod: m } : undefined;
        }
        return { kind: 'ext', source, name: '*' };
    }
    member(base, name, depth) {
        if (!base)
            return undefined;
        if (base.kind === 'ext')
            return base.name === '*' || base.name === 'default'
                ? { kind: 'ext', source: base.source, name }
                : undefined;
        if (base.kind === 'module')
            return this.exported(base.mod, name, depth + 1);
        const n = unwrap(base.node);
        if (n.type === 'ObjectExpression') {
            for (const p of n.properties) {
                if (p.type === 'ObjectProperty' && propName(p.key, p.computed) === name)
                    return this.resolve(base.mod, p.value, depth + 1);
                if (p.type === 'ObjectMethod' && propName(p.key, p.computed) === name)
                    return { kind: 'value', mod: base.mod, node: p };
            }
        }
        return undefined;
    }
    /** What an exported name of a local module is. */
    exported(mod, name, depth = 0) {
        if (depth > MAX_DEPTH)
            return undefined;
        const e = mod.exports.get(name);
        if (e) {
            if (e.from)
                return this.member(this.namespace(mod, e.from.source), e.from.name, depth + 1);
            if (e.binding)
                return this.binding(mod, e.binding, depth + 1);
            if (e.expr) {
                if (e.expr.type === 'FunctionDeclaration' || e.expr.type === 'ClassDeclaration')
                    return { kind: 'value', mod, node: e.expr };
                return this.resolve(mod, e.expr, depth + 1);
            }
        }
        for (const s of mod.starExports) {
            const r = this.member(this.namespace(mod, s), name, depth + 1);
            if (r)
                return r;
        }
        return undefined;
    }
    binding(mod, b, depth = 0) {
        if (depth > MAX_DEPTH)
            return undefined;
        if (b.kind === 'import' && b.importSource !== undefined) {
            const ns = this.namespace(mod, b.importSource);
            if (b.imported === '*')
                return ns;
            if (ns?.kind === 'module' && b.imported)
                return this.exported(ns.mod, b.imported, depth + 1);
            if (ns?.kind === 'ext')
                return { kind: 'ext', source: b.importSource, name: b.imported ?? 'default' };
            return undefined;
        }
        if ((b.kind === 'const' || b.kind === 'let' || b.kind === 'var') && b.init) {
            if (b.key !== undefined)
                return this.member(this.resolve(mod, b.init, depth + 1), b.key, depth + 1);
            if (b.kind !== 'const' && b.assignments.length > 0)
                return { kind: 'value', mod, node: b.id, binding: b };
            const r = this.resolve(mod, b.init, depth + 1);
            if (r?.kind === 'value' && r.node === unwrapAwait(b.init))
                return { ...r, binding: b };
            return r;
        }
        if (b.kind === 'function' || b.kind === 'class')
            return { kind: 'value', mod, node: b.decl, binding: b };
        return { kind: 'value', mod, node: b.id, binding: b };
    }
    resolve(mod, expr, depth = 0) {
        if (depth > MAX_DEPTH)
            return undefined;
        const e = unwrapAwait(expr);
        switch (e.type) {
            case 'Identifier': {
                const b = mod.refs.get(e);
                return b ? this.binding(mod, b, depth + 1) : undefined;
            }
            case 'MemberExpression':
            case 'OptionalMemberExpression': {
                const name = memberName(e);
                if (name === undefined)
                    return undefined;
                return this.member(this.resolve(mod, e.object, depth + 1), name, depth);
            }
            case 'CallExpression': {
                const c = e.callee;
                if (c.type === 'Identifier' &&
                    c.name === 'require' &&
                    !mod.refs.get(c) &&
                    e.arguments[0]?.type === 'StringLiteral') {
                    return this.namespace(mod, e.arguments[0].value);
                }
                return { kind: 'value', mod, node: e };
            }
            case 'ImportExpression':
                return e.source.type === 'StringLiteral' ? this.namespace(mod, e.source.value) : undefined;
            default:
                return { kind: 'value', mod, node: e };
        }
    }
    /** The SDK API an expression (a callee) stands for. */
    api(mod, expr) {
        const s = this.resolve(mod, expr);
        return s?.kind === 'ext' ? lookupApi(s.source, s.name) : undefined;
    }
    /** The function an expression stands for (a callback, a factory), when it is one. */
    fn(mod, expr) {
        const s = this.resolve(mod, expr);
        if (s?.kind !== 'value')
            return undefined;
        const n = s.node.type === 'VariableDeclarator' ? s.node.init : s.node;
        return n && isFunction(n) ? { mod: s.mod, fn: n } : undefined;
    }
    /**
     * Where the value of `expr` is created, when it is an SDK object: the `new`/call that makes it
     * and the function it happens in (null: module level, once per process). Follows variables,
     * imports, and calls to local factory functions.
     */
    origin(mod, expr, depth = 0) {
        if (depth > MAX_DEPTH)
            return undefined;
        const s = this.resolve(mod, expr, 0);
        if (!s || s.kind !== 'value')
            return undefined;
        const node = unwrapAwait(s.node);
        if (node.type === 'NewExpression' || node.type === 'CallExpression') {
            const api = this.api(s.mod, node.callee);
            if (api)
                return { api, mod: s.mod, node, fn: enclosingFn(s.mod, node), binding: s.binding };
            // A call to a local factory: what does it return?
            const f = this.fn(s.mod, node.callee);
            if (f) {
                for (const r of returnedExpressions(f.fn)) {
                    const o = this.origin(f.mod, r, depth + 1);
                    if (!o)
                        continue;
                    // Kept by the factory in a variable that outlives the call (a cache): made once.
                    if (o.sharedBinding &&
                        !(o.mod === f.mod && fnWithin(f.mod, o.sharedBinding.scope.fn, f.fn)))
                        return { ...o, fn: o.sharedBinding.scope.fn, sharedBinding: undefined };
                    // Made inside the factory: a new one per call, so it is made where the factory is called.
                    if (o.mod === f.mod && fnWithin(f.mod, o.fn, f.fn) && !o.sharedBinding)
                        return {
                            api: o.api,
                            mod: s.mod,
                            node,
                            fn: enclosingFn(s.mod, node),
                            binding: s.binding,
                            made: o.made ?? calleeText(o.node)
                        };
                    return o;
                }
            }
            return undefined;
        }
        if (node.type === 'Identifier' && s.binding && s.binding.assignments.length > 0) {
            // `let transport; … transport = new X()`: the variable outlives the assignment.
            for (const a of s.binding.assignments) {
                const o = this.origin(s.mod, a.value, depth + 1);
                if (o)
                    return { ...o, sharedBinding: s.binding };
            }
        }
        return undefined;
    }
}
function calleeText(n) {
    const c = unwrap(n.callee);
    if (c.type === 'Identifier')
        return c.name;
    if (c.type === 'MemberExpression' || c.type === 'OptionalMemberExpression')
        return memberName(c) ?? 'the object';
    return 'the object';
}
function unwrapAwait(e) {
    let n = unwrap(e);
    while (n.type === 'AwaitExpression')
        n = unwrap(n.argument);
    return n;
}
/** The expressions a function returns (its own `return`s, or an arrow's expression body). */
function returnedExpressions(fn) {
    if (fn.body.type !== 'BlockStatement')
        return [fn.body];
    const out = [];
    const walk = (n) => {
        if (n !== fn && isFunction(n))
            return;
        if (n.type === 'ReturnStatement' && n.argument)
            out.push(n.argument);
        for (const { child } of children(n))
            walk(child);
    };
    walk(fn.body);
    return out;
}

;// CONCATENATED MODULE: ./src/project/node/imports.ts
/**
 * Import rules: SDK import paths and names that exist in the line the code uses, packages the
 * deploy installs (declared in package.json, not only in devDependencies), one SDK line throughout.
 */




const BUILTINS = new Set(external_node_module_.builtinModules);
function checkImports(c, mod) {
    const { pkg, bundled } = c.input;
    for (const imp of mod.imports) {
        if (imp.typeOnly)
            continue;
        const bad = badSpecifier(imp.source);
        if (bad)
            c.add('node-code/sdk-import-path', bundled ? 'warning' : 'error', mod.file, imp.node, bad.message, bad.fix);
        for (const n of imp.names) {
            const instead = wrongLineName(imp.source, n.imported);
            if (instead) {
                const line = lineOfSource(imp.source) === 'sdk1' ? '1.x' : '2.x';
                c.add('node-code/wrong-sdk-api', 'error', mod.file, n.node, `'${n.imported}' is not exported by ${imp.source} (SDK ${line}); the import fails when the server starts`, `use ${instead}`);
            }
        }
        // Undeclared packages: the deploy installs only what package.json lists.
        if (!pkg.doc || isLocalSpecifier(imp.source) || imp.source.startsWith('/'))
            continue;
        const name = packageOf(imp.source);
        if (imp.source.startsWith('node:') ||
            imp.source.startsWith('bun:') ||
            BUILTINS.has(imp.source) ||
            BUILTINS.has(name) ||
            name === pkg.name)
            continue;
        const dep = pkg.deps.get(name);
        const dynamic = imp.node.type === 'CallExpression' || imp.node.type === 'ImportExpression';
        if (!dep) {
            // npm hoists dependencies of dependencies, so an undeclared import often loads anyway; it is
            // an error when nothing can bring it: the other SDK line, or a lockfile without it.
            const line = lineOfSource(name);
            const { sdk1, split2 } = declaredSdk(pkg);
            const otherLine = line !== undefined && (line === 'sdk1' ? !sdk1 : !split2);
            const absent = otherLine || (pkg.installed !== undefined && !pkg.installed.has(name));
            const severity = bundled || dynamic ? 'warning' : absent ? 'error' : 'warning';
            c.add('node-deps/undeclared-import', severity, mod.file, imp.node, absent
                ? `${mod.file} imports '${imp.source}', but ${name} is not in package.json${otherLine ? '' : ' nor in package-lock.json'}: the deployed server cannot load it${bundled ? ' (unless the bundler inlines it)' : ''}`
                : `${mod.file} imports '${imp.source}', but ${name} is not in package.json: it loads only while another dependency happens to bring it along`, `npm install ${name} (adds it to "dependencies")`);
        }
        else if (dep.section === 'devDependencies' && !bundled && !lineOfSource(name)) {
            c.add('node-deps/dev-dependency-import', 'warning', mod.file, imp.node, `${mod.file} imports '${imp.source}' at run time, but ${name} is only in devDependencies: a production install leaves it out`, `move "${name}" from "devDependencies" to "dependencies" in ${PACKAGE_JSON}`);
        }
    }
}
function checkLinesMixed(c) {
    const lines = new Map();
    for (const mod of c.input.graph.modules.values()) {
        for (const imp of mod.imports) {
            const l = imp.typeOnly ? undefined : lineOfSource(imp.source);
            if (l && !lines.has(l))
                lines.set(l, { mod, node: imp.node });
        }
    }
    const split = lines.get('split2');
    if (lines.has('sdk1') && split) {
        c.add('node-code/mixed-sdk-lines', 'warning', split.mod.file, split.node, 'the code imports both @modelcontextprotocol/sdk (1.x) and the 2.x packages; a 1.x transport cannot serve a 2.x server (and back)', 'use one line throughout: 1.x (@modelcontextprotocol/sdk) or 2.x (@modelcontextprotocol/server + @modelcontextprotocol/node)');
    }
}

;// CONCATENATED MODULE: ./src/project/node/handlers.ts

const REGISTER_METHODS = new Set([
    'get',
    'post',
    'put',
    'patch',
    'delete',
    'del',
    'all',
    'use',
    'route',
    'handle',
    'any',
    'on',
    'once',
    'addListener',
    'prependListener'
]);
const SERVER_FACTORIES = new Set(['createServer', 'createSecureServer', 'serve']);
class RequestPaths {
    resolver;
    handlerMemo = new Map();
    constructor(resolver) {
        this.resolver = resolver;
    }
    /** Is the object of `o` created once and used from a request handler at `site`? */
    reused(o, mod, site) {
        if (o.mod !== mod)
            return o.fn === null && this.onRequestPath(mod, site.fn, null);
        if (o.fn === site.fn || !fnWithin(mod, site.fn, o.fn))
            return false;
        return this.onRequestPath(mod, site.fn, o.fn);
    }
    /** Does some function from `fn` up to (not including) `stop` run per request? */
    onRequestPath(mod, fn, stop, depth = 0) {
        for (let f = fn; f && f !== stop; f = mod.parentFn.get(f) ?? null)
            if (this.isHandler(mod, f, depth))
                return true;
        return false;
    }
    /** A function registered as a request handler (app.post(…, fn), http.createServer(fn), …) or called from one. */
    isHandler(mod, fn, depth) {
        const memo = this.handlerMemo.get(fn);
        if (memo !== undefined)
            return memo;
        this.handlerMemo.set(fn, false);
        const result = this.isHandlerUncached(mod, fn, depth);
        this.handlerMemo.set(fn, result);
        return result;
    }
    isHandlerUncached(mod, fn, depth) {
        const parent = mod.parent.get(fn);
        if (parent &&
            (parent.type === 'CallExpression' || parent.type === 'NewExpression') &&
            parent.arguments.includes(fn)) {
            if (this.isRegistration(mod, parent))
                return true;
        }
        // { handler: fn } / { fetch: fn } passed to a registration (fastify.route, hono serve).
        if (parent?.type === 'ObjectProperty' || fn.type === 'ObjectMethod') {
            const prop = fn.type === 'ObjectMethod' ? fn : parent;
            const obj = mod.parent.get(prop);
            const call = obj ? mod.parent.get(obj) : undefined;
            const key = propName(prop.key, prop.computed);
            if ((key === 'handler' || key === 'fetch') &&
                call &&
                (call.type === 'CallExpression' || call.type === 'NewExpression') &&
                this.isRegistration(mod, call))
                return true;
        }
        // Registered or called by name.
        const b = this.bindingOfFn(mod, fn);
        if (b) {
            for (const r of b.references) {
                const p = mod.parent.get(r);
                if (!p)
                    continue;
                if ((p.type === 'CallExpression' || p.type === 'NewExpression') &&
                    p.arguments.includes(r) &&
                    this.isRegistration(mod, p))
                    return true;
                if (depth < 3 && p.type === 'CallExpression' && p.callee === r) {
                    const caller = enclosingFn(mod, p);
                    if (caller && this.onRequestPath(mod, caller, null, depth + 1))
                        return true;
                }
            }
        }
        // Methods called as this.name(…) from a handler.
        if ((fn.type === 'ClassMethod' || fn.type === 'ClassPrivateMethod') && depth < 3) {
            const name = fn.key.type === 'Identifier'
                ? fn.key.name
                : fn.key.type === 'PrivateName'
                    ? fn.key.id.name
                    : undefined;
            if (name) {
                for (const site of mod.calls) {
                    const c = unwrap(site.node.callee);
                    if ((c.type === 'MemberExpression' || c.type === 'OptionalMemberExpression') &&
                        c.object.type === 'ThisExpression') {
                        const m = c.property.type === 'PrivateName' ? c.property.id.name : memberName(c);
                        if (m === name &&
                            site.fn &&
                            site.fn !== fn &&
                            this.onRequestPath(mod, site.fn, null, depth + 1))
                            return true;
                    }
                }
            }
        }
        return false;
    }
    bindingOfFn(mod, fn) {
        let id;
        if (fn.type === 'FunctionDeclaration' && fn.id)
            id = fn.id;
        else {
            const p = mod.parent.get(fn);
            if (p?.type === 'VariableDeclarator' && p.id.type === 'Identifier')
                id = p.id;
        }
        if (!id)
            return undefined;
        return mod.bindings.find(x => x.id === id);
    }
    isRegistration(mod, call) {
        const callee = unwrap(call.callee);
        const api = this.resolver.api(mod, callee);
        if (api && (api.kind === 'handler-factory' || api.kind === 'node-adapter'))
            return true;
        let name;
        if (callee.type === 'Identifier')
            name = callee.name;
        else if (callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression')
            name = memberName(callee);
        if (!name)
            return false;
        if (SERVER_FACTORIES.has(name))
            return true;
        if (!REGISTER_METHODS.has(name))
            return false;
        if (name === 'on' || name === 'once' || name === 'addListener' || name === 'prependListener') {
            const ev = call.arguments[0];
            return ev?.type === 'StringLiteral' && ev.value === 'request';
        }
        return true;
    }
}

;// CONCATENATED MODULE: ./src/project/node/perrequest.ts




function checkReuse(c) {
    const { graph, resolver } = c.input;
    const reported = new Set();
    const paths = new RequestPaths(resolver);
    for (const mod of graph.modules.values()) {
        for (const site of mod.calls) {
            const callee = unwrap(site.node.callee);
            if (callee.type !== 'MemberExpression' && callee.type !== 'OptionalMemberExpression')
                continue;
            const method = memberName(callee);
            if (method !== 'handleRequest' && method !== 'connect')
                continue;
            const o = resolver.origin(mod, callee.object);
            if (!o || reported.has(o.node))
                continue;
            const kind = o.api.kind;
            if (method === 'handleRequest' && kind !== 'http-transport')
                continue;
            if (method === 'connect' && kind !== 'server')
                continue;
            if (o.sharedBinding) {
                const d = o.sharedBinding.scope.fn;
                if (o.fn !== d && fnWithin(o.mod, o.fn, d) && paths.onRequestPath(o.mod, o.fn, d)) {
                    reported.add(o.node);
                    c.add('node-code/shared-variable', 'warning', o.mod.file, o.node, `each request assigns a new ${kind === 'server' ? 'server' : 'transport'} to '${o.sharedBinding.name}', a variable shared by all requests: concurrent requests overwrite each other's`, `declare it inside the request handler: const ${o.sharedBinding.name} = …`);
                }
                continue;
            }
            if (!paths.reused(o, mod, site))
                continue;
            reported.add(o.node);
            const factory = calleeName(o.node.callee);
            const name = o.made ?? factory;
            const made = o.made
                ? `one ${o.made} is made by ${factory}(), which is called ${o.fn ? 'outside the request handler' : 'once, at module level'},`
                : `one ${name} is created ${o.fn ? 'outside the request handler' : 'at module level'}`;
            if (kind === 'server') {
                c.add('node-code/server-reused', 'error', o.mod.file, o.node, `${made} and connected to a new transport on every request (${mod.file}:${pos(site.node).line}): since SDK 1.26 connect() throws "Already connected to a transport" when requests overlap (HTTP 500), and before that responses went to the wrong client`, o.made
                    ? `call ${factory}() inside the request handler, so each request gets its own server: const server = ${factory}()`
                    : `create the server per request: move \`new ${name}(…)\` (and the tool registrations) into a function such as getServer() and call it inside the handler`);
            }
            else {
                c.add('node-code/transport-reused', 'error', o.mod.file, o.node, `${made} and used for every request (${mod.file}:${pos(site.node).line}): a stateless transport serves one request; since SDK 1.26 the second throws "Stateless transport cannot be reused across requests"`, `create the transport (and the server) inside the request handler: const transport = new ${name}({ sessionIdGenerator: undefined })`);
            }
        }
    }
}
function checkHandlerFactories(c) {
    const { resolver } = c.input;
    for (const e of c.of('handler-factory')) {
        const call = e.site.node;
        const arg = call.arguments[0];
        if (!arg)
            continue;
        const direct = resolver.origin(e.mod, arg);
        if (direct?.api.kind === 'server') {
            c.add('node-code/server-reused', 'error', e.mod.file, arg, 'createMcpHandler() is given a server instance; it takes a factory that builds a fresh McpServer for every request', 'pass a factory: createMcpHandler(() => { const server = new McpServer(…); /* register tools */ return server })');
            continue;
        }
        const f = resolver.fn(e.mod, arg);
        if (f) {
            for (const r of returnedExpressions(f.fn)) {
                const o = resolver.origin(f.mod, r);
                if (!o || o.api.kind !== 'server')
                    continue;
                const outside = o.mod !== f.mod
                    ? o.fn === null
                    : !fnWithin(o.mod, o.fn, f.fn) && fnWithin(o.mod, f.fn, o.fn);
                if (outside) {
                    c.add('node-code/server-reused', 'error', o.mod.file, o.node, `the createMcpHandler factory (${e.mod.file}:${pos(call).line}) returns one shared ${calleeName(o.node.callee)} instead of a new one: overlapping requests fail with "already connected to a transport"`, 'build the server inside the factory: createMcpHandler(() => { const server = new McpServer(…); …; return server })');
                }
            }
        }
        const opts = call.arguments[1]
            ? objectOf(c.input.resolver, e.mod, call.arguments[1])
            : undefined;
        for (const p of opts?.node.properties ?? []) {
            if (p.type === 'ObjectProperty' &&
                propName(p.key, p.computed) === 'legacy' &&
                p.value.type === 'StringLiteral' &&
                p.value.value === 'reject') {
                c.add('node-code/legacy-rejected', 'warning', opts?.mod.file ?? e.mod.file, p, "createMcpHandler(…, { legacy: 'reject' }) refuses every 2025-era client (SDK 1.x clients, most hosts today, and the action's smoke test)", "drop the option (the default, legacy: 'stateless', serves both)");
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/project/node/portexpr.ts


const PORT_ENV = 'FUNCTIONS_CUSTOMHANDLER_PORT';
function evalPort(resolver, mod, expr, depth) {
    if (depth > 8)
        return { k: 'unknown', node: expr };
    const e = unwrap(expr);
    switch (e.type) {
        case 'NumericLiteral':
            return { k: 'num', n: e.value };
        case 'StringLiteral': {
            const n = Number(e.value);
            return e.value.trim() !== '' && Number.isInteger(n)
                ? { k: 'num', n }
                : { k: 'unknown', node: e };
        }
        case 'LogicalExpression':
            if (e.operator === '||' || e.operator === '??')
                return {
                    k: 'or',
                    a: evalPort(resolver, mod, e.left, depth + 1),
                    b: evalPort(resolver, mod, e.right, depth + 1)
                };
            return { k: 'unknown', node: e };
        case 'UnaryExpression':
            return e.operator === '+'
                ? evalPort(resolver, mod, e.argument, depth + 1)
                : { k: 'unknown', node: e };
        case 'CallExpression': {
            const c = unwrap(e.callee);
            const name = c.type === 'Identifier' && !mod.refs.get(c)
                ? c.name
                : c.type === 'MemberExpression' &&
                    c.object.type === 'Identifier' &&
                    c.object.name === 'Number'
                    ? memberName(c)
                    : undefined;
            if ((name === 'Number' || name === 'parseInt' || name === 'parseFloat' || name === 'String') &&
                e.arguments[0])
                return evalPort(resolver, mod, e.arguments[0], depth + 1);
            // A local function (getPort(), config.port()): what it returns.
            const f = resolver.fn(mod, e.callee);
            if (f) {
                const returned = returnedExpressions(f.fn);
                if (returned.length === 1)
                    return evalPort(resolver, f.mod, returned[0], depth + 1);
            }
            return { k: 'unknown', node: e };
        }
        case 'MemberExpression':
        case 'OptionalMemberExpression': {
            const name = memberName(e);
            if (name !== undefined && isProcessEnv(resolver, mod, e.object, 0))
                return { k: 'env', name };
            if (isProcessArgv(mod, e.object))
                return { k: 'argv', node: e };
            const s = resolver.resolve(mod, e);
            if (s?.kind === 'value' && s.node !== e)
                return evalPort(resolver, s.mod, s.node, depth + 1);
            return { k: 'unknown', node: e };
        }
        case 'Identifier': {
            const b = mod.refs.get(e);
            if (!b)
                return { k: 'unknown', node: e };
            if (b.key !== undefined && b.init && isProcessEnv(resolver, mod, b.init, 0)) {
                const env = { k: 'env', name: b.key };
                return b.fallback
                    ? { k: 'or', a: env, b: evalPort(resolver, mod, b.fallback, depth + 1) }
                    : env;
            }
            if ((b.kind === 'const' ||
                (b.assignments.length === 0 && (b.kind === 'let' || b.kind === 'var'))) &&
                b.init &&
                b.key === undefined)
                return evalPort(resolver, mod, b.init, depth + 1);
            // `let port = 3000; if (process.env.PORT) port = Number(process.env.PORT)`: the
            // assignment when it runs, else the initial value.
            if ((b.kind === 'let' || b.kind === 'var') &&
                b.init &&
                b.key === undefined &&
                b.assignments.length === 1)
                return {
                    k: 'or',
                    a: evalPort(resolver, mod, b.assignments[0].value, depth + 1),
                    b: evalPort(resolver, mod, b.init, depth + 1)
                };
            if (b.kind === 'import') {
                const s = resolver.binding(mod, b);
                if (s?.kind === 'value' && s.node.type !== 'Identifier')
                    return evalPort(resolver, s.mod, s.node, depth + 1);
                if (s?.kind === 'value' && s.binding?.init)
                    return evalPort(resolver, s.mod, s.binding.init, depth + 1);
            }
            return { k: 'unknown', node: e };
        }
        default:
            return { k: 'unknown', node: e };
    }
}
/** `process.argv` (the command line host.json's arguments make). */
function isProcessArgv(mod, node) {
    const n = unwrap(node);
    if (n.type !== 'MemberExpression' && n.type !== 'OptionalMemberExpression')
        return false;
    const o = unwrap(n.object);
    return (memberName(n) === 'argv' && o.type === 'Identifier' && o.name === 'process' && !mod.refs.get(o));
}
function isProcessEnv(resolver, mod, node, depth) {
    if (depth > 4)
        return false;
    const n = unwrap(node);
    if ((n.type === 'MemberExpression' || n.type === 'OptionalMemberExpression') &&
        memberName(n) === 'env') {
        const o = unwrap(n.object);
        if (o.type === 'Identifier' && o.name === 'process' && !mod.refs.get(o))
            return true;
        const s = resolver.resolve(mod, o);
        return s?.kind === 'ext' && (s.source === 'process' || s.source === 'node:process');
    }
    if (n.type === 'Identifier') {
        const b = mod.refs.get(n);
        if (!b)
            return false;
        if (b.kind === 'import')
            return ((b.importSource === 'process' || b.importSource === 'node:process') && b.imported === 'env');
        if (b.init && b.key === undefined)
            return isProcessEnv(resolver, mod, b.init, depth + 1);
        if (b.init && b.key === 'env') {
            const o = unwrap(b.init);
            return o.type === 'Identifier' && o.name === 'process' && !mod.refs.get(o);
        }
    }
    return false;
}
/**
 * What a port expression ends up as on the host. With `%FUNCTIONS_CUSTOMHANDLER_PORT%` in host.json's
 * arguments, a port from the command line (or computed from it) is the host's.
 */
/** A literal port, or the last number of a fallback chain (`env.A ?? env.B ?? 3000`). */
function defaultNumber(p) {
    if (p.k === 'num')
        return p.n;
    if (p.k === 'or')
        return defaultNumber(p.b) ?? defaultNumber(p.a);
    return undefined;
}
function effective(p, argvIsPort) {
    switch (p.k) {
        case 'num':
            return { k: 'num', n: p.n, skipped: [] };
        case 'argv':
            return argvIsPort ? { k: 'host', skipped: [] } : { k: 'unknown', node: p.node };
        case 'none':
            return { k: 'num', n: 0, skipped: [] };
        case 'env':
            return p.name === PORT_ENV
                ? { k: 'host', skipped: [] }
                : { k: 'env', name: p.name, skipped: [] };
        case 'unknown':
            return argvIsPort ? { k: 'host', skipped: [] } : { k: 'unknown', node: p.node };
        case 'or': {
            const a = effective(p.a, argvIsPort);
            if (a.k !== 'env')
                return a;
            const b = effective(p.b, argvIsPort);
            if (b.k === 'unknown')
                return b;
            return { ...b, skipped: [a.name, ...a.skipped, ...b.skipped] };
        }
    }
}

;// CONCATENATED MODULE: ./src/project/node/port.ts




/**
 * The port number the code ends up on when the host's variable is not set: a literal, or the
 * default of a `process.env.X ?? 3000` chain. What the profile's customHandler.port should say.
 */
function listenPort(graph, resolver) {
    for (const l of listens(graph, resolver)) {
        const n = defaultNumber(l.port);
        if (n !== undefined && n > 0 && n < 65536)
            return n;
    }
    return undefined;
}
function listens(graph, resolver) {
    const out = [];
    for (const mod of graph.modules.values()) {
        for (const site of mod.calls) {
            const callee = unwrap(site.node.callee);
            if ((callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression') &&
                memberName(callee) === 'listen') {
                const a = site.node.arguments[0];
                let port;
                if (!a)
                    port = { k: 'none' };
                else {
                    const obj = objectOf(resolver, mod, a);
                    if (obj) {
                        const p = obj.node.properties.find(x => x.type === 'ObjectProperty' && propName(x.key, x.computed) === 'port');
                        port = p ? evalPort(resolver, obj.mod, p.value, 0) : { k: 'none' };
                    }
                    else
                        port = evalPort(resolver, mod, a, 0);
                }
                out.push({ mod, node: a ?? site.node, port });
                continue;
            }
            const s = resolver.resolve(mod, callee);
            if (s?.kind === 'ext' && packageOf(s.source) === '@hono/node-server' && s.name === 'serve') {
                const obj = site.node.arguments[0]
                    ? objectOf(resolver, mod, site.node.arguments[0])
                    : undefined;
                const p = obj?.node.properties.find(x => x.type === 'ObjectProperty' && propName(x.key, x.computed) === 'port');
                out.push({
                    mod,
                    node: site.node,
                    port: p
                        ? evalPort(resolver, obj?.mod ?? mod, p.value, 0)
                        : obj
                            ? { k: 'num', n: 3000 }
                            : { k: 'unknown', node: site.node }
                });
            }
        }
    }
    return out;
}
function checkPort(c) {
    const { ctx, graph, resolver } = c.input;
    const found = listens(graph, resolver);
    if (found.length === 0) {
        if (c.servesHttp) {
            const at = c.of('http-transport')[0] ?? c.of('handler-factory')[0];
            c.add('node-code/port-unknown', 'notice', at.mod.file, at.site.node, 'could not find where the server starts listening (no .listen(…) or serve({ port }) call in the server code that was read)', `make sure it listens on process.env.${PORT_ENV}`);
        }
        return;
    }
    const profile = ctx.layout === 'profile';
    const want = profile
        ? ctx.hostPort !== undefined
            ? `port ${ctx.hostPort} (customHandler.port) or process.env.${PORT_ENV}`
            : `process.env.${PORT_ENV}`
        : `process.env.${PORT_ENV}`;
    const fix = profile && ctx.hostPort !== undefined
        ? `listen on Number(process.env.${PORT_ENV} ?? ${ctx.hostPort})`
        : `listen on Number(process.env.${PORT_ENV} ?? 3000)`;
    const start = c.out.length;
    let anyRight = false;
    for (const l of found) {
        const eff = effective(l.port, ctx.portFromArguments === true);
        const where = l.node;
        if (eff.k === 'host' || (eff.k === 'num' && profile && eff.n === ctx.hostPort))
            anyRight = true;
        if (eff.k === 'unknown') {
            c.add('node-code/port-unknown', 'notice', l.mod.file, eff.node ?? where, `could not tell which port the server listens on (computed at run time); the host expects ${want}`, fix);
            continue;
        }
        if (eff.k === 'host') {
            if (eff.skipped.length > 0) {
                c.add('node-code/port', 'warning', l.mod.file, where, `the port comes from ${eff.skipped.map(s => `process.env.${s}`).join(', ')} before ${PORT_ENV}: if that is ever set (an app setting), the server listens where the host does not send requests`, `read process.env.${PORT_ENV} first`);
            }
            continue;
        }
        if (eff.k === 'env') {
            c.add('node-code/port', 'error', l.mod.file, where, `the server listens on process.env.${eff.name}${eff.skipped.length ? ` (after ${eff.skipped.join(', ')})` : ''}, which the Functions host does not set: it ends up on a random port and the host cannot reach it; the host expects ${want}`, fix);
            continue;
        }
        if (profile && ctx.hostPort !== undefined) {
            if (eff.n !== ctx.hostPort) {
                c.add('node-code/port', 'error', l.mod.file, where, `the server listens on ${eff.n === 0 ? 'a random port' : `port ${eff.n}`}, but host.json customHandler.port is ${ctx.hostPort}: the host sends requests to ${ctx.hostPort}`, fix);
            }
            continue;
        }
        if (profile)
            continue; // no numeric customHandler.port to compare with: the host.json rules report that
        const what = l.port.k === 'none'
            ? 'a random port (listen() without a port)'
            : eff.skipped.length
                ? `port ${eff.n} (process.env.${eff.skipped.join(', ')} is not set by the host)`
                : `the fixed port ${eff.n}`;
        c.add('node-code/port', 'error', l.mod.file, where, `the server listens on ${what}; the Functions host picks the port and passes it in ${PORT_ENV}`, fix);
    }
    if (anyRight) {
        // Another listener (health, metrics) next to the one on the right port: not the MCP endpoint.
        for (const f of c.out.slice(start)) {
            if (f.rule === 'node-code/port' && f.severity === 'error') {
                f.severity = 'notice';
                f.message = `another listener besides the one on the host's port: ${f.message}`;
                f.fix = 'nothing to do if this is not the MCP endpoint (a health or metrics listener)';
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/project/node/stateless.ts




function checkTransports(c) {
    for (const e of c.of('http-transport')) {
        const node = e.site.node;
        if (node.type !== 'NewExpression')
            continue;
        const name = calleeName(node.callee);
        const arg = node.arguments[0];
        if (!arg) {
            const dep = c.input.pkg.deps.get(SDK1);
            if (e.api.line === 'sdk1' && (!dep || allowsBelow(dep.spec, '1.25.0') !== false)) {
                c.add('node-code/transport-options', 'warning', e.mod.file, node, `new ${name}() without options: SDK 1.x before 1.25 throws on a missing options object`, `pass the options explicitly: new ${name}({ sessionIdGenerator: undefined })`);
            }
            continue;
        }
        const verdict = sessionMode(c.input.resolver, e.mod, arg);
        if (verdict.mode === 'stateful') {
            c.add('node-code/stateful-transport', 'error', e.mod.file, verdict.node ?? node, `${name} is created with a sessionIdGenerator (stateful sessions): Azure Functions spreads requests over instances and recycles them, so later requests of a session fail with "Session not found"`, `make it stateless: new ${name}({ sessionIdGenerator: undefined }), with a fresh server and transport per request`);
        }
        else if (verdict.mode === 'unknown') {
            c.add('node-code/stateless-unknown', 'notice', e.mod.file, verdict.node ?? node, `could not tell whether ${name} is stateless: its sessionIdGenerator is computed at run time`, `write sessionIdGenerator: undefined literally in the options`);
        }
    }
}
function sessionMode(resolver, mod, arg) {
    const obj = objectOf(resolver, mod, arg);
    if (!obj)
        return { mode: 'unknown', node: arg };
    let spread = false;
    for (const p of obj.node.properties) {
        if (p.type === 'SpreadElement') {
            spread = true;
            continue;
        }
        if (propName(p.key, p.computed) !== 'sessionIdGenerator')
            continue;
        if (p.type === 'ObjectMethod')
            return { mode: 'stateful', node: p };
        if (p.type !== 'ObjectProperty')
            return { mode: 'unknown', node: p };
        return { mode: generatorMode(resolver, obj.mod, p.value, 0), node: p };
    }
    return spread ? { mode: 'unknown', node: arg } : { mode: 'stateless' };
}
function generatorMode(resolver, mod, value, depth) {
    if (depth > 6)
        return 'unknown';
    const v = unwrap(value);
    switch (v.type) {
        case 'Identifier': {
            if (v.name === 'undefined' && !mod.refs.get(v))
                return 'stateless';
            const b = mod.refs.get(v);
            if (!b)
                return 'unknown';
            if (b.kind === 'function' || b.kind === 'import')
                return 'stateful';
            if ((b.kind === 'const' || (b.assignments.length === 0 && b.kind !== 'param')) &&
                b.init &&
                b.key === undefined)
                return generatorMode(resolver, mod, b.init, depth + 1);
            return 'unknown';
        }
        case 'NullLiteral':
            return 'stateless';
        case 'UnaryExpression':
            return v.operator === 'void' ? 'stateless' : 'unknown';
        case 'FunctionExpression':
        case 'ArrowFunctionExpression':
            return 'stateful';
        case 'MemberExpression':
        case 'OptionalMemberExpression': {
            const s = resolver.resolve(mod, v);
            if (s?.kind === 'ext')
                return 'stateful';
            if (s?.kind === 'value' && isFunction(s.node))
                return 'stateful';
            return memberName(v) === 'randomUUID' ? 'stateful' : 'unknown';
        }
        case 'ConditionalExpression': {
            const a = generatorMode(resolver, mod, v.consequent, depth + 1);
            const b = generatorMode(resolver, mod, v.alternate, depth + 1);
            return a === b ? a : 'unknown';
        }
        default:
            return 'unknown';
    }
}

;// CONCATENATED MODULE: ./src/project/node/code.ts








/** What the code imports from the SDK (also feeds the dependency rules). */
function summarize(graph) {
    const s = { lines: new Set(), sdk1Subpaths: [], importsSdk: false, hostGuard: false };
    for (const mod of graph.modules.values()) {
        for (const imp of mod.imports) {
            if (imp.typeOnly)
                continue;
            const line = lineOfSource(imp.source);
            if (!line)
                continue;
            s.importsSdk = true;
            s.lines.add(line);
            if (imp.names.some(n => n.imported === 'createMcpExpressApp'))
                s.hostGuard = true;
            if (line === 'sdk1' && sdk1Subpath(imp.source))
                s.sdk1Subpaths.push({ source: imp.source, file: mod.file, line: pos(imp.node).line });
        }
    }
    return s;
}
function checkCode(input) {
    const c = new CodeRun(input);
    const { graph } = input;
    for (const e of graph.parseErrors) {
        c.out.push({
            rule: 'node-code/syntax-error',
            severity: 'error',
            file: e.file,
            line: e.line,
            column: e.column,
            message: `${e.file} does not parse: ${e.message}`,
            fix: 'fix the syntax at that position (the server dies at start with a SyntaxError)'
        });
    }
    for (const u of graph.unresolved) {
        c.add('node-code/unresolved-import', 'notice', u.file, u.node, `'${u.source}' does not resolve to a file in the repository; it was not checked`, 'if it is build output, check its source instead; otherwise fix the path');
    }
    if (graph.truncated) {
        c.add('node-code/too-many-modules', 'notice', graph.entry?.file ?? '.', undefined, 'the server imports more local modules than are read; only the first ones were checked', 'nothing to do, unless the MCP server is created in a module far from the entry');
    }
    for (const mod of graph.modules.values())
        checkImports(c, mod);
    checkLinesMixed(c);
    checkTransports(c);
    checkReuse(c);
    checkHandlerFactories(c);
    checkStdioSse(c);
    checkPort(c);
    checkFoundSomething(c);
    return c.out;
}
/** The port the server listens on without the host's variable (see port.ts listenPort). */
function codeListenPort(input) {
    return listenPort(input.graph, input.resolver);
}
// ---- transports that cannot be hosted --------------------------------------------------------
function checkStdioSse(c) {
    const http = c.servesHttp;
    for (const e of [...c.of('stdio'), ...c.of('sse')]) {
        const name = calleeName(e.site.node.callee);
        const stdio = e.api.kind === 'stdio';
        c.add(stdio ? 'node-code/stdio-transport' : 'node-code/sse-transport', http ? 'warning' : 'error', e.mod.file, e.site.node, stdio
            ? `${name} talks over stdin/stdout; Azure Functions sends HTTP requests to the custom handler${http ? ' (this server also serves streamable HTTP: make sure host.json starts that mode)' : ', so nothing answers them'}`
            : `${name} is the legacy HTTP+SSE transport: it keeps a session per connection, which Functions instances do not share${http ? ' (the streamable HTTP endpoint of this server is the one to use)' : ''}`, e.api.line === 'split2'
            ? 'serve streamable HTTP: createMcpHandler(() => new McpServer(…)) with toNodeHandler from @modelcontextprotocol/node, listening on process.env.FUNCTIONS_CUSTOMHANDLER_PORT'
            : 'serve streamable HTTP: per request, new McpServer(…) + new StreamableHTTPServerTransport({ sessionIdGenerator: undefined }), listening on process.env.FUNCTIONS_CUSTOMHANDLER_PORT');
    }
}
// ---- nothing found --------------------------------------------------------------------------
function checkFoundSomething(c) {
    const { graph } = c.input;
    const entry = graph.entry;
    if (!entry)
        return;
    if (c.servesHttp || c.of('stdio').length || c.of('sse').length)
        return;
    const imports = summarize(graph).importsSdk;
    c.add(imports ? 'node-code/transport-not-found' : 'node-code/sdk-not-imported', 'notice', entry.file, undefined, imports
        ? `could not find where ${entry.file} (and the local modules it imports) creates its MCP transport; the stateless and per-request rules were not checked`
        : `${entry.file} (and the local modules it imports) does not import the MCP SDK; the server code was not checked`, imports
        ? 'nothing to do if the transport is created in code that was not read (a dependency, a generated file)'
        : 'point host.json "arguments" (or package.json "main") at the file that creates the MCP server');
}

;// CONCATENATED MODULE: ./src/project/node/entry.ts
/**
 * Which file is the server: from host.json's arguments (mapping build output back to its source),
 * else package.json `main` / `scripts.start`, else the file that imports the SDK.
 */



function readTsconfig(files) {
    const text = files.text('tsconfig.json');
    if (text === undefined)
        return { present: files.exists('tsconfig.json') };
    const doc = new json/* JsonDoc */.$G(text);
    const s = (v) => typeof v === 'string' && v.trim() !== '' ? clean(v) : undefined;
    return {
        present: true,
        outDir: s(doc.get(['compilerOptions', 'outDir'])),
        rootDir: s(doc.get(['compilerOptions', 'rootDir']))
    };
}
function clean(p) {
    const n = external_node_path_default().posix.normalize(p.replace(/\\/g, '/')).replace(/\/+$/, '');
    return n === '' ? '.' : n.startsWith('./') ? n.slice(2) : n;
}
const TS_EXT = {
    '.js': ['.ts', '.tsx', '.js', '.jsx'],
    '.mjs': ['.mts', '.mjs'],
    '.cjs': ['.cts', '.cjs']
};
const OUT_EXT = {
    '.ts': '.js',
    '.tsx': '.js',
    '.mts': '.mjs',
    '.cts': '.cjs'
};
function isTypeScript(file) {
    return Object.keys(OUT_EXT).includes(external_node_path_default().posix.extname(file).toLowerCase());
}
/** (build folder → source folder) pairs: tsconfig first, then common conventions. */
function mappings(ts) {
    const out = [];
    if (ts.outDir) {
        out.push([ts.outDir, ts.rootDir ?? 'src']);
        if (!ts.rootDir)
            out.push([ts.outDir, '.']);
    }
    for (const b of ['dist', 'build', 'out', 'lib'])
        out.push([b, 'src'], [b, '.']);
    return out;
}
function isBuildOutput(file, ts) {
    return mappings(ts).some(([b]) => b !== '.' && file.startsWith(b + '/'));
}
/** The source of a build-output file (`dist/index.js` → `src/index.ts`), if one exists. */
function sourceOf(files, file, ts) {
    const ext = external_node_path_default().posix.extname(file).toLowerCase();
    const exts = TS_EXT[ext];
    if (!exts)
        return undefined;
    for (const [b, src] of mappings(ts)) {
        if (b === '.' || !file.startsWith(b + '/'))
            continue;
        const rest = file.slice(b.length + 1, file.length - ext.length);
        for (const e of exts) {
            const cand = src === '.' ? rest + e : `${src}/${rest}${e}`;
            if (files.isFile(cand))
                return cand;
        }
    }
    return undefined;
}
/** Where tsc writes a TypeScript source (`src/index.ts` → `dist/index.js`). */
function outputOf(file, ts) {
    const ext = external_node_path_default().posix.extname(file);
    const outExt = OUT_EXT[ext.toLowerCase()] ?? ext;
    const stem = file.slice(0, file.length - ext.length);
    if (!ts.outDir)
        return stem + outExt;
    const root = ts.rootDir ?? (file.startsWith('src/') ? 'src' : '.');
    const rel = root === '.' ? stem : stem.startsWith(root + '/') ? stem.slice(root.length + 1) : stem;
    return external_node_path_default().posix.join(ts.outDir, rel) + outExt;
}
const RUNNERS = new Set([
    'node',
    'tsx',
    'ts-node',
    'ts-node-esm',
    'bun',
    'nodemon',
    'node-dev',
    'ts-node-dev'
]);
/** The script a `start` command runs (`node --env-file=.env dist/index.js` → that file), if plain. */
function scriptFile(script) {
    if (!script)
        return undefined;
    // Only a single plain command: no shell operators, no variables.
    if (/[&|;<>$`()]/.test(script))
        return undefined;
    const words = script.trim().split(/\s+/);
    const runner = words[0];
    if (!RUNNERS.has(runner))
        return undefined;
    const args = words.slice(1);
    const file = args.find(a => !a.startsWith('-') && isCodeFile(a));
    if (!file)
        return undefined;
    return { runner, args, file: clean(file) };
}
function findEntry(files, pkg, ts, hint, searchSdk) {
    const notes = [];
    const viaFile = (file) => {
        const f = clean(file);
        if (isBuildOutput(f, ts)) {
            const src = sourceOf(files, f, ts);
            if (src)
                return { source: src, runtime: f };
        }
        if (files.isFile(f) && isCodeFile(f))
            return { source: f, runtime: f };
        if (!external_node_path_default().posix.extname(f) && files.isFile(f + '.js'))
            return { source: f + '.js', runtime: f + '.js' };
        return { runtime: f };
    };
    if (hint) {
        const r = viaFile(hint);
        if (r.source)
            return { ...r, how: 'host.json', notes };
        notes.push({
            rule: 'node-code/entry-unmapped',
            severity: 'notice',
            file: 'host.json',
            line: 1,
            message: `host.json runs ${hint}, which is not in the repository and could not be mapped to a source file (looked at tsconfig.json outDir/rootDir and dist|build|out|lib → src)`,
            fix: 'make sure the build writes that file (tsconfig "outDir"), or point host.json "arguments" at the built entry of your server'
        });
    }
    if (pkg.main) {
        const r = viaFile(pkg.main);
        if (r.source)
            return { ...r, how: 'main', notes };
    }
    const start = scriptFile(pkg.scripts.start);
    if (start) {
        const r = viaFile(start.file);
        if (r.source)
            return { ...r, how: 'start', notes };
    }
    const found = searchSdk();
    if (found) {
        return {
            source: found,
            runtime: isTypeScript(found) ? outputOf(found, ts) : found,
            how: 'search',
            notes
        };
    }
    return { how: 'none', notes };
}

;// CONCATENATED MODULE: ./src/project/node/paths.ts

/** Any path: the server does not look at the path. */
const ANY_PATH = '*';
const ROUTE_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'all', 'use', 'any']);
const MCP_KINDS = new Set(['server', 'http-transport', 'handler-factory', 'node-adapter']);
const paths_SERVER_FACTORIES = new Set(['createServer', 'createSecureServer', 'serve']);
function servedPaths(graph, resolver) {
    const paths = new Set();
    const touches = new Touches(resolver);
    for (const mod of graph.modules.values()) {
        for (const site of mod.calls) {
            const callee = unwrap(site.node.callee);
            const name = callee.type === 'Identifier'
                ? callee.name
                : callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression'
                    ? memberName(callee)
                    : undefined;
            if (!name)
                continue;
            const args = site.node.arguments;
            const first = args[0] ? unwrap(args[0]) : undefined;
            if (ROUTE_METHODS.has(name) &&
                first?.type === 'StringLiteral' &&
                first.value.startsWith('/') &&
                args.slice(1).some(a => touches.expr(mod, a, 0))) {
                paths.add(first.value);
            }
            else if (name === 'route' && first?.type === 'ObjectExpression') {
                // fastify.route({ method, url: '/mcp', handler })
                let url;
                let handled = false;
                for (const p of first.properties) {
                    if (p.type !== 'ObjectProperty')
                        continue;
                    const key = propName(p.key, p.computed);
                    const v = unwrap(p.value);
                    if (key === 'url' && v.type === 'StringLiteral')
                        url = v.value;
                    if (key === 'handler' && touches.expr(mod, p.value, 0))
                        handled = true;
                }
                if (url && handled)
                    paths.add(url);
            }
            else if (paths_SERVER_FACTORIES.has(name)) {
                // http.createServer(handler) / serve({ fetch: handler.fetch }): every path, unless the
                // handler compares the URL with a literal path.
                const handlers = args.flatMap(a => {
                    const n = unwrap(a);
                    if (n.type !== 'ObjectExpression')
                        return [a];
                    return n.properties.flatMap(p => p.type === 'ObjectProperty' && propName(p.key, p.computed) === 'fetch'
                        ? [p.value]
                        : []);
                });
                for (const h of handlers) {
                    if (!touches.expr(mod, h, 0))
                        continue;
                    const f = resolver.fn(mod, h);
                    const literal = f ? comparedPath(f.mod, f.fn) : undefined;
                    paths.add(literal ?? ANY_PATH);
                }
            }
        }
    }
    return paths.size ? [...paths].sort() : undefined;
}
/** A `'/…'` literal the handler compares something with (`req.url === '/mcp'`, `pathname !== '/mcp'`). */
function comparedPath(mod, fn) {
    let found;
    const walk = (n) => {
        if (found)
            return;
        if (n.type === 'BinaryExpression' &&
            ['===', '!==', '==', '!='].includes(n.operator) &&
            [n.left, n.right].some(s => s.type === 'StringLiteral' && s.value.startsWith('/'))) {
            const s = [n.left, n.right].find(x => x.type === 'StringLiteral');
            found = s.value.split('?')[0];
            return;
        }
        for (const key of Object.keys(n)) {
            if (key === 'loc' || key === 'leadingComments' || key === 'trailingComments')
                continue;
            const v = n[key];
            const kids = Array.isArray(v) ? v : [v];
            for (const k of kids)
                if (k && typeof k === 'object' && typeof k.type === 'string')
                    walk(k);
        }
    };
    walk(fn.body);
    void mod;
    return found;
}
/** Does an expression (a handler) lead to MCP handling? */
class Touches {
    resolver;
    memo = new Map();
    constructor(resolver) {
        this.resolver = resolver;
    }
    expr(mod, e, depth) {
        if (depth > 4)
            return false;
        const n = unwrap(e);
        if (n.type === 'CallExpression' || n.type === 'NewExpression') {
            const api = this.resolver.api(mod, n.callee);
            if (api && MCP_KINDS.has(api.kind))
                return true;
        }
        const o = this.resolver.origin(mod, n);
        if (o && MCP_KINDS.has(o.api.kind))
            return true;
        if (n.type === 'MemberExpression' || n.type === 'OptionalMemberExpression') {
            // handler.fetch, app.fetch: the object decides
            if (this.expr(mod, n.object, depth + 1))
                return true;
        }
        const f = this.resolver.fn(mod, n);
        return f ? this.fn(f.mod, f.fn, depth + 1) : false;
    }
    fn(mod, fn, depth) {
        const memo = this.memo.get(fn);
        if (memo !== undefined)
            return memo;
        this.memo.set(fn, false);
        let result = false;
        for (const site of mod.calls) {
            if (!fnWithin(mod, site.fn, fn))
                continue;
            const c = unwrap(site.node.callee);
            if ((c.type === 'MemberExpression' || c.type === 'OptionalMemberExpression') &&
                memberName(c) === 'handleRequest') {
                result = true;
                break;
            }
            if (this.expr(mod, site.node.callee, depth + 1)) {
                result = true;
                break;
            }
        }
        this.memo.set(fn, result);
        return result;
    }
}

;// CONCATENATED MODULE: ./src/project/node/index.ts







/** What loadNode learnt beyond the public facts, for checkNode and nodeLaunch. */
const analyses = new WeakMap();
/**
 * A Node server: a package.json that requires an MCP SDK package, or any package.json when there
 * is no Python requirements file (a Python server may keep a package.json for tooling).
 */
function isNodeProject(files) {
    if (!files.exists(PACKAGE_JSON))
        return false;
    const pkg = readPackageJson(files);
    if ([...pkg.deps.keys()].some(n => n.startsWith('@modelcontextprotocol/')))
        return true;
    return !files.exists('requirements.txt') && !files.exists('pyproject.toml');
}
async function loadNode(files, ctx) {
    const [parse] = await Promise.all([loadParser(), loadSemver()]);
    return analyzeWith(parse, files, ctx);
}
function analyzeWith(parse, files, ctx) {
    const pkg = readPackageJson(files);
    const ts = readTsconfig(files);
    const entry = findEntry(files, pkg, ts, ctx.entryHint ? ctx.entryHint.replace(/^\.\//, '') : undefined, () => searchSdkFile(parse, files));
    const graph = entry.source ? loadGraph(parse, files, entry.source) : undefined;
    const summary = graph ? summarize(graph) : undefined;
    const resolver = graph ? new Resolver(graph, files) : undefined;
    const mcpPaths = graph && resolver ? servedPaths(graph, resolver) : undefined;
    const listenPort = graph && resolver
        ? codeListenPort({ graph, resolver, ctx, pkg, bundled: buildBundles(pkg) })
        : undefined;
    const codeLines = summary ? summary.lines : new Set();
    const { sdk1, split2 } = declaredSdk(pkg);
    const chosen = sdk1 && split2
        ? codeLines.has('split2') && !codeLines.has('sdk1')
            ? split2
            : sdk1
        : (sdk1 ?? split2);
    const facts = {
        ...(chosen
            ? {
                sdk: {
                    package: chosen.name,
                    range: chosen.spec,
                    line: chosen.line,
                    line2: chosen === split2 ? 'split2' : 'sdk1'
                }
            }
            : {}),
        ...(entry.source ? { entry: entry.source } : {}),
        ...(pkg.scripts.start !== undefined ? { startScript: pkg.scripts.start } : {}),
        hasBuild: pkg.scripts.build !== undefined,
        ...(summary?.hostGuard ? { hostGuard: true } : {}),
        ...(mcpPaths ? { mcpPaths } : {}),
        ...(listenPort !== undefined ? { listenPort } : {}),
        typescript: entry.source ? isTypeScript(entry.source) : ts.present
    };
    analyses.set(facts, { pkg, ts, entry, graph, bundled: buildBundles(pkg) });
    return facts;
}
function checkNode(files, facts, ctx) {
    let a = analyses.get(facts);
    if (!a) {
        // Facts made elsewhere: re-analyze when the parser is already loaded, else check package.json only.
        const parse = loadedParser();
        if (parse)
            a = analyses.get(analyzeWith(parse, files, ctx));
        if (!a) {
            const pkg = readPackageJson(files);
            return [
                ...checkDeps(pkg, { sdk1Subpaths: [], bundled: buildBundles(pkg), lock: pkg.lock }),
                {
                    rule: 'node-code/not-analyzed',
                    severity: 'notice',
                    file: facts.entry ?? PACKAGE_JSON,
                    line: 1,
                    message: 'the server code was not analyzed (loadNode was not called first)',
                    fix: 'call loadNode() before checkNode()'
                }
            ];
        }
    }
    const out = [];
    const summary = a.graph ? summarize(a.graph) : undefined;
    const lines = summary?.lines ?? new Set();
    out.push(...checkDeps(a.pkg, {
        codeLine: lines.size === 1 ? [...lines][0] : undefined,
        sdk1Subpaths: summary?.sdk1Subpaths ?? [],
        bundled: a.bundled,
        lock: a.pkg.lock
    }));
    out.push(...a.entry.notes);
    if (!a.entry.source && !(a.pkg.present && !a.pkg.doc)) {
        out.push({
            rule: 'node-code/entry-not-found',
            severity: a.pkg.present ? 'warning' : 'notice',
            file: a.pkg.doc ? PACKAGE_JSON : '.',
            line: a.pkg.doc ? a.pkg.doc.line(['main']) : 1,
            message: 'could not find the server file: host.json names none, package.json has no "main" or plain `node <file>` start script, and no file imports @modelcontextprotocol/*',
            fix: 'set "main" in package.json to the server file (e.g. "dist/index.js"), or point host.json "arguments" at it'
        });
    }
    out.push(...typescriptFindings(files, a, facts, ctx));
    if (a.graph && !a.graph.entry && a.entry.source && a.graph.parseErrors.length === 0) {
        const bad = (0,project_files/* unusableFileFinding */.fN)('node-code/entry-unreadable', a.entry.source, files.read(a.entry.source));
        if (bad)
            out.push(bad);
    }
    if (a.graph)
        out.push(...checkCode({
            graph: a.graph,
            resolver: new Resolver(a.graph, files),
            ctx,
            pkg: a.pkg,
            bundled: a.bundled
        }));
    return out;
}
function typescriptFindings(files, a, facts, ctx) {
    const out = [];
    const src = a.entry.source;
    if (!src || !isTypeScript(src) || !a.pkg.doc)
        return out;
    const runtime = a.entry.runtime;
    if (ctx.entryHint && isTypeScript(ctx.entryHint)) {
        out.push({
            rule: 'node-code/typescript-entry',
            severity: 'warning',
            file: 'host.json',
            line: 1,
            message: `host.json runs the TypeScript source ${ctx.entryHint} with node: older Node versions cannot load it, and newer ones only strip types (no enums, no path aliases, imports must name .ts files)`,
            fix: `build it (e.g. "build": "tsc") and run the output: "arguments": ["${outputOf(src, a.ts)}"]`
        });
    }
    if (!facts.hasBuild) {
        const output = runtime && runtime !== src ? runtime : outputOf(src, a.ts);
        // Running the .ts source itself (newer Node strips types) may work; a .js nobody builds never does.
        const runsSource = !!ctx.entryHint && isTypeScript(ctx.entryHint);
        const fatal = !runsSource && !files.isFile(output);
        out.push({
            rule: 'node-deps/no-build-script',
            severity: fatal ? 'error' : 'warning',
            file: PACKAGE_JSON,
            line: a.pkg.doc.line(['scripts']),
            message: `the server is TypeScript (${src}) but package.json has no "build" script: nothing produces ${output} on deploy${fatal ? ', so there is no entry to start (generate cannot name one that will exist)' : ''}`,
            fix: 'add "build": "tsc" to "scripts" (and "outDir": "dist" in tsconfig.json)'
        });
    }
    return out;
}
/** Default host.json description for a Node server: executable and arguments (e.g. node + ["dist/index.js"], or npm + ["start"]). */
function nodeLaunch(facts) {
    const start = scriptFile(facts.startScript);
    if (start && start.runner === 'node')
        return { defaultExecutablePath: 'node', arguments: start.args };
    const a = analyses.get(facts);
    if (a?.entry.runtime && !isTypeScript(a.entry.runtime))
        return { defaultExecutablePath: 'node', arguments: [a.entry.runtime] };
    if (facts.entry && !isTypeScript(facts.entry))
        return { defaultExecutablePath: 'node', arguments: [facts.entry] };
    if (facts.entry && facts.hasBuild)
        return {
            defaultExecutablePath: 'node',
            arguments: [
                outputOf(facts.entry, a?.ts ?? {
                    present: true,
                    outDir: 'dist',
                    rootDir: facts.entry.startsWith('src/') ? 'src' : '.'
                })
            ]
        };
    if (facts.startScript)
        return { defaultExecutablePath: 'npm', arguments: ['start'] };
    return { defaultExecutablePath: 'node', arguments: [facts.entry ?? 'index.js'] };
}
const SERVE_NAMES = new Set([
    'StreamableHTTPServerTransport',
    'NodeStreamableHTTPServerTransport',
    'WebStandardStreamableHTTPServerTransport',
    'createMcpHandler',
    'toNodeHandler',
    'serve'
]);
function node_calleeName(n) {
    const c = n.callee;
    if (c.type === 'Identifier')
        return c.name;
    if (c.type === 'MemberExpression' && !c.computed && c.property.type === 'Identifier')
        return c.property.name;
    return '';
}
function isListenCall(n) {
    return node_calleeName(n) === 'listen';
}
/**
 * The server file when nothing names it: among the code files that import @modelcontextprotocol/*,
 * one that serves (creates a transport or listens), then one no other imports, then by name
 * (index/server/main/app).
 */
function searchSdkFile(parse, files) {
    const candidates = [];
    for (const f of files.list(isCodeFile, 4, 2000)) {
        if (candidates.length >= 40)
            break;
        const t = files.text(f);
        // A cheap pre-filter on the file's bytes; what counts is the parsed imports below.
        if (t !== undefined && t.includes('@modelcontextprotocol/'))
            candidates.push(f);
    }
    const sdkFiles = [];
    const serving = new Set();
    const imported = new Set();
    for (const f of candidates) {
        const m = parseModule(parse, f, files.text(f)).module;
        if (!m)
            continue;
        if (m.imports.some(i => !i.typeOnly && i.source.startsWith('@modelcontextprotocol/')))
            sdkFiles.push(f);
        if (m.calls.some(c => isListenCall(c.node) || SERVE_NAMES.has(node_calleeName(c.node))))
            serving.add(f);
        for (const i of m.imports) {
            if (!isLocalSpecifier(i.source))
                continue;
            const t = resolveLocal(files, f, i.source);
            if (t)
                imported.add(t);
        }
    }
    const rank = (f) => {
        const base = f
            .split('/')
            .pop()
            ?.replace(/\.[^.]+$/, '') ?? '';
        const i = ['index', 'server', 'main', 'app'].indexOf(base);
        return ((serving.has(f) ? 0 : 10000) +
            (imported.has(f) ? 1000 : 0) +
            (i < 0 ? 10 : i) * 10 +
            f.split('/').length);
    };
    const pool = sdkFiles;
    return [...pool].sort((x, y) => rank(x) - rank(y) || x.localeCompare(y))[0];
}


/***/ })

};
