import { describe, it, expect } from '@jest/globals'
import { analyzeModule } from '../../src/project/python/code.js'
import type { PyValue } from '../../src/project/python/code.js'

function portOf(src: string): PyValue | undefined {
  const m = analyzeModule(src, 'server.py')
  return m.servers[0]?.ctor.keywords.get('port')?.value
}

const head = 'import os\nfrom mcp.server.fastmcp import FastMCP\n'

describe('reading values from the syntax tree', () => {
  it.each([
    ['os.environ.get with a default', 'int(os.environ.get("FUNCTIONS_CUSTOMHANDLER_PORT", 8080))'],
    ['os.getenv', 'int(os.getenv("FUNCTIONS_CUSTOMHANDLER_PORT", "8080"))'],
    ['os.environ[...]', 'int(os.environ["FUNCTIONS_CUSTOMHANDLER_PORT"])'],
    ['or default', 'int(os.environ.get("FUNCTIONS_CUSTOMHANDLER_PORT") or 8080)']
  ])('the port from the environment: %s', (_, expr) => {
    const v = portOf(`${head}mcp = FastMCP("w", port=${expr})\n`)
    expect(v).toMatchObject({ kind: 'env', name: 'FUNCTIONS_CUSTOMHANDLER_PORT' })
  })

  it('follows a variable, and names imported from os', () => {
    const src =
      'from os import environ as env\nfrom mcp.server.fastmcp import FastMCP\nPORT = env.get("FUNCTIONS_CUSTOMHANDLER_PORT", 8080)\nmcp_port = int(PORT)\nmcp = FastMCP("w", port=mcp_port)\n'
    expect(portOf(src)).toMatchObject({
      kind: 'env',
      name: 'FUNCTIONS_CUSTOMHANDLER_PORT',
      fallback: { kind: 'num', value: 8080 }
    })
  })

  it('a literal port is a number; int("8000") too', () => {
    expect(portOf(`${head}mcp = FastMCP("w", port=8080)\n`)).toEqual({ kind: 'num', value: 8080 })
    expect(portOf(`${head}mcp = FastMCP("w", port=int("8000"))\n`)).toEqual({
      kind: 'num',
      value: 8000
    })
  })

  it('a port from a function of the user is a call, a variable assigned twice is unknown', () => {
    expect(portOf(`${head}mcp = FastMCP("w", port=get_port())\n`)).toMatchObject({
      kind: 'call',
      callee: 'get_port'
    })
    const twice = portOf(`${head}p = 1\nif x:\n    p = 2\nmcp = FastMCP("w", port=p)\n`)
    expect(twice).toMatchObject({ kind: 'unknown' })
  })

  it('a function parameter is unknown, not the module variable of the same name', () => {
    const src = `${head}port = 8000\ndef build(port):\n    return FastMCP("w", port=port)\n`
    expect(portOf(src)).toMatchObject({ kind: 'unknown' })
  })
})

describe('servers and how they run', () => {
  it('finds each API line by its import, also through aliases and module imports', () => {
    expect(
      analyzeModule('from mcp.server.fastmcp import FastMCP as F\nm = F("x")\n', 'a.py').servers[0]
        .apiLine
    ).toBe('mcp1')
    expect(
      analyzeModule('import mcp.server.mcpserver as s\nm = s.MCPServer("x")\n', 'a.py').servers[0]
        .apiLine
    ).toBe('mcp2')
    expect(
      analyzeModule('import fastmcp\nm = fastmcp.FastMCP("x")\n', 'a.py').servers[0].apiLine
    ).toBe('fastmcp')
    expect(analyzeModule('from mcp.server import MCPServer\n', 'a.py').apiImports[0].apiLine).toBe(
      'mcp2'
    )
  })

  it('links run calls to the server variable, in functions too', () => {
    const m = analyzeModule(
      'from fastmcp import FastMCP\nmcp = FastMCP("x")\ndef main():\n    mcp.run(transport="http", port=8000)\nsubprocess.run(["x"])\n',
      'a.py'
    )
    expect(m.runs).toHaveLength(1)
    expect(m.runs[0].call.keywords.get('transport')?.value).toEqual({ kind: 'str', value: 'http' })
    expect(m.runs[0].call.pos.line).toBe(4)
  })

  it('sees uvicorn.run of the streamable HTTP app, directly or through a variable', () => {
    const m = analyzeModule(
      'import uvicorn\nfrom mcp.server.mcpserver import MCPServer\nmcp = MCPServer("x")\napp = mcp.streamable_http_app(stateless_http=True)\nuvicorn.run(app, port=9000)\n',
      'a.py'
    )
    expect(m.runs[0].kind).toBe('uvicorn')
    expect(m.runs[0].appFactory?.method).toBe('streamable_http_app')
  })

  it('reads `mcp.settings.X = v` assignments', () => {
    const m = analyzeModule(
      `${head}mcp = FastMCP("x")\nmcp.settings.stateless_http = True\n`,
      'a.py'
    )
    expect(m.settings).toEqual([
      { name: 'stateless_http', value: { kind: 'bool', value: true }, pos: { line: 4, column: 1 } }
    ])
  })

  it('anyio.run(mcp.run_stdio_async) is a stdio run', () => {
    const m = analyzeModule(
      `${head}import anyio\nmcp = FastMCP("x")\nanyio.run(mcp.run_stdio_async)\n`,
      'a.py'
    )
    expect(m.runs.map(r => r.kind)).toEqual(['run_stdio_async'])
  })
})

describe('syntax errors', () => {
  it('reports the line and column of the first error', () => {
    const m = analyzeModule('import os\n\ndef f(:\n    pass\n', 'a.py')
    expect(m.syntaxError).toMatchObject({ pos: { line: 3, column: 7 }, certain: true })
  })

  it('valid Python is clean, with modern syntax', () => {
    const src =
      'match x:\n    case {"a": 1}:\n        pass\nif (n := 3) > 2:\n    pass\ndef f[T](a: T, /, *, b=1) -> T: ...\nx = f"{a!r:>10} {b=}"\n'
    expect(analyzeModule(src, 'a.py').syntaxError).toBeUndefined()
  })

  it('parenthesised context managers (valid since 3.10) are not a certain error', () => {
    const m = analyzeModule(
      'with (\n    open("a") as f,\n    open("b") as g,\n):\n    pass\n',
      'a.py'
    )
    expect(m.syntaxError?.certain).toBe(false)
  })
})
